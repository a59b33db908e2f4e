package dev.threadlessons.events;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;

import dev.threadlessons.util.ThreadListing;
import dev.threadlessons.util.ThreadRow;

/**
 * Waits until threads are parked where a test expects them, read from the JVM's own view of each
 * thread (its state and the object it is parked on), never guessed with a sleep.
 *
 * <p>The object matters: a thread parked on a {@code ReentrantLock} that another thread holds
 * for a moment is WAITING too, but it has not reached the {@code Condition} yet.
 */
final class Waiting {

    static final Duration PATIENCE = Duration.ofSeconds(10);

    private Waiting() {
    }

    /**
     * Until every thread waits (with or without a timeout) on a Condition: an {@code Event}'s, a
     * {@code ConditionChannel}'s, or the one inside {@code LinkedBlockingQueue.take()}.
     */
    static void untilParkedOnCondition(List<Thread> threads) {
        untilParkedOn("ConditionObject", threads);
    }

    /** Whether {@code thread} waits (with or without a timeout) on a Condition right now. */
    static boolean parkedOnCondition(Thread thread) {
        return parkedOn("ConditionObject", thread);
    }

    private static void untilParkedOn(String blocker, List<Thread> threads) {
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(5))
                .until(() -> threads.stream().allMatch(thread -> parkedOn(blocker, thread)));
    }

    private static boolean parkedOn(String blocker, Thread thread) {
        ThreadRow row = ThreadListing.of(thread);
        boolean waiting = row.state() == Thread.State.WAITING || row.state() == Thread.State.TIMED_WAITING;
        return waiting && row.lockName().contains(blocker);
    }
}
