package dev.threadlessons.deadlock.stage;

import java.lang.Thread.State;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import dev.threadlessons.util.ThreadListing;

import dev.threadlessons.deadlock.TryLockTransfer;

/**
 * Asks the JVM whether some threads are deadlocked, the way {@code jstack} does when it prints
 * "Found one Java-level deadlock".
 *
 * <p>{@link ThreadMXBean#findDeadlockedThreads()} finds cycles of threads waiting for monitors
 * ({@code synchronized}) and for ownable synchronizers ({@code ReentrantLock},
 * {@code ReentrantReadWriteLock}); the older {@code findMonitorDeadlockedThreads()} sees monitors
 * only and would miss this lesson's deadlock. Neither sees a cycle through a {@code Semaphore},
 * a {@code CountDownLatch} or {@code Object.wait()}: those have no owner to point at.
 *
 * <p>The JVM also reports a cycle in which a thread waits with a timeout, such as two
 * {@link TryLockTransfer}s each in {@code tryLock(timeout)} for the other's lock. Such a cycle
 * ends by itself when the timeout expires, so {@link #find()} leaves it out: it reports only the
 * cycles whose threads all wait without a timeout, which nothing but an interrupt will end.
 *
 * <p>Thread-safety: stateless, safe from any thread. A report is a snapshot: exact for threads
 * that are truly stuck, which stay stuck until someone interrupts them.
 */
public final class DeadlockDetector {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final Duration POLL_INTERVAL = Duration.ofMillis(10);

    private DeadlockDetector() {
    }

    /**
     * The threads deadlocked right now, if any: the members of every wait cycle in which no
     * thread waits with a timeout. A cycle through a {@code tryLock(timeout)} is reported by the
     * JVM too, but it dissolves by itself when that wait times out, so it is left out here.
     */
    public static Optional<Deadlock> find() {
        long[] ids = THREADS.findDeadlockedThreads();
        if (ids == null) {
            return Optional.empty();
        }
        Map<Long, ThreadInfo> infoById = Arrays.stream(THREADS.getThreadInfo(ids, true, true))
                .filter(Objects::nonNull)
                .collect(Collectors.toMap(ThreadInfo::getThreadId, Function.identity()));
        Set<Long> stuckForGood = new HashSet<>();
        for (Set<Long> cycle : cycles(infoById)) {
            if (cycle.stream().noneMatch(id -> infoById.get(id).getThreadState() == State.TIMED_WAITING)) {
                stuckForGood.addAll(cycle);
            }
        }
        var stuck = ThreadListing.snapshot().stream()
                .filter(row -> stuckForGood.contains(row.id()))
                .map(row -> new DeadlockedThread(row, heldLocks(infoById.get(row.id()))))
                .toList();
        return stuck.isEmpty() ? Optional.empty() : Optional.of(new Deadlock(stuck));
    }

    /**
     * Polls {@link #find()} until it reports a deadlock or {@code within} has passed. Polling,
     * because the JVM has no event for "a deadlock has just formed".
     */
    public static Optional<Deadlock> awaitDeadlock(Duration within) throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        while (true) {
            var deadlock = find();
            if (deadlock.isPresent() || System.nanoTime() - deadline >= 0) {
                return deadlock;
            }
            Thread.sleep(POLL_INTERVAL.toMillis());
        }
    }

    /**
     * The wait cycles among {@code infoById}. A waiting thread waits for one lock with one owner,
     * so following owners from any thread either leaves the set or runs into a cycle.
     */
    private static List<Set<Long>> cycles(Map<Long, ThreadInfo> infoById) {
        var cycles = new ArrayList<Set<Long>>();
        var seen = new HashSet<Long>();
        for (long start : infoById.keySet()) {
            var path = new ArrayList<Long>();
            long current = start;
            while (infoById.containsKey(current) && !seen.contains(current) && !path.contains(current)) {
                path.add(current);
                current = infoById.get(current).getLockOwnerId();
            }
            seen.addAll(path);
            int cycleStart = path.indexOf(current);
            if (cycleStart >= 0) {
                cycles.add(Set.copyOf(path.subList(cycleStart, path.size())));
            }
        }
        return cycles;
    }

    private static List<String> heldLocks(ThreadInfo info) {
        return Stream.concat(Arrays.stream(info.getLockedSynchronizers()),
                        Arrays.stream(info.getLockedMonitors()))
                .map(Object::toString)
                .toList();
    }
}
