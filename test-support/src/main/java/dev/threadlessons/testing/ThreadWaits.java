package dev.threadlessons.testing;

import static org.awaitility.Awaitility.await;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * Waits, with Awaitility and never with a sleep, until threads are where a test needs them, read
 * from the JVM's own view of each thread: its {@link Thread.State} and the object it waits on.
 *
 * <p>The object matters. A thread parked on a {@code ReentrantLock} that another thread holds for
 * a moment is {@code WAITING} too, but it has not yet reached the {@code Condition} the test is
 * about; so the waits here name what the thread must wait on: a monitor ({@code BLOCKED}, the
 * object of a {@code synchronized}), or the class of a parked thread's blocker, such as
 * {@code "ConditionObject"}, {@code "ReentrantLock"}, {@code "Semaphore"} or {@code "CountDownLatch"}
 * ({@link ThreadInfo#getLockName()}: class name and identity hash code).
 *
 * <p>Thread-safety: stateless, safe from any thread.
 */
public final class ThreadWaits {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final Duration POLL = Duration.ofMillis(5);

    private ThreadWaits() {
    }

    /** Until {@code thread} is in one of {@code states}. */
    public static void untilState(Thread thread, Thread.State... states) {
        var wanted = Arrays.asList(states);
        await().atMost(TestThreads.PATIENCE).pollInterval(POLL)
                .alias(thread.getName() + " to be " + wanted)
                .until(() -> wanted.contains(thread.getState()));
    }

    /** Until {@code thread} is BLOCKED, waiting to enter a {@code synchronized} on {@code monitor}. */
    public static void untilBlockedOn(Thread thread, Object monitor) {
        String lock = monitor.getClass().getName() + "@" + Integer.toHexString(System.identityHashCode(monitor));
        await().atMost(TestThreads.PATIENCE).pollInterval(POLL)
                .alias(thread.getName() + " to be BLOCKED on " + lock)
                .until(() -> thread.getState() == Thread.State.BLOCKED && lock.equals(lockName(thread)));
    }

    /** Until every one of {@code threads} is parked (WAITING or TIMED_WAITING) on a {@code blocker}. */
    public static void untilParkedOn(String blocker, List<Thread> threads) {
        await().atMost(TestThreads.PATIENCE).pollInterval(POLL)
                .alias(threads.stream().map(Thread::getName).toList() + " to be parked on a " + blocker)
                .until(() -> threads.stream().allMatch(thread -> parkedOn(blocker, thread)));
    }

    /** As {@link #untilParkedOn(String, List)} for one thread. */
    public static void untilParkedOn(String blocker, Thread thread) {
        untilParkedOn(blocker, List.of(thread));
    }

    /** Whether {@code thread} is parked on an object whose class name contains {@code blocker}, right now. */
    public static boolean parkedOn(String blocker, Thread thread) {
        Thread.State state = thread.getState();
        return (state == Thread.State.WAITING || state == Thread.State.TIMED_WAITING)
                && lockName(thread).contains(blocker);
    }

    /** How many of {@code threads} are parked on a {@code blocker} right now. */
    public static long countParkedOn(String blocker, List<Thread> threads) {
        return threads.stream().filter(thread -> parkedOn(blocker, thread)).count();
    }

    /** The lock {@code thread} waits for, as the JVM names it, or {@code ""}. */
    public static String lockName(Thread thread) {
        @SuppressWarnings("deprecation") // getId: threadId() exists only from JDK 19 on
        ThreadInfo info = THREADS.getThreadInfo(thread.getId());
        return info == null || info.getLockName() == null ? "" : info.getLockName();
    }
}
