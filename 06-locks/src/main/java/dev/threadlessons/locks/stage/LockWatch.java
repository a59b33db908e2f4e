package dev.threadlessons.locks.stage;

import java.time.Duration;
import java.util.function.BooleanSupplier;

import dev.threadlessons.util.Durations;
import dev.threadlessons.util.ThreadListing;
import dev.threadlessons.util.ThreadRow;

/**
 * Waits for a moment worth showing, such as "customer-2 waits for the lock that customer-1
 * holds", before the demo lets the story go on. It asks the JVM ({@link ThreadListing}), which
 * knows the owner of a monitor and of a {@code ReentrantLock}, so a thread that waits for
 * something else does not count.
 *
 * <p>It polls every millisecond: fine for a demo that waits a few times; the tests wait with
 * Awaitility.
 *
 * <p>Thread-safety: stateless.
 */
public final class LockWatch {

    private LockWatch() {
    }

    /**
     * Waits until {@code waiter} waits for a lock owned by {@code owner}, or has ended, and returns
     * its row at that moment.
     *
     * @throws IllegalStateException if neither happens within {@code timeout}
     */
    public static ThreadRow awaitWaitingForOrDone(Thread waiter, Thread owner, Duration timeout)
            throws InterruptedException {
        await(() -> {
            ThreadRow row = ThreadListing.of(waiter);
            return row.lockOwnerId() == owner.getId() || row.state() == Thread.State.TERMINATED;
        }, timeout, waiter.getName() + " to wait for a lock of " + owner.getName() + " or to end");
        return ThreadListing.of(waiter);
    }

    /**
     * Waits until {@code condition} holds.
     *
     * @throws IllegalStateException naming {@code what} if it does not hold within {@code timeout}
     */
    public static void await(BooleanSupplier condition, Duration timeout, String what)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() - deadline > 0) {
                throw new IllegalStateException("waited " + Durations.format(timeout) + " for " + what);
            }
            Thread.sleep(1);
        }
    }
}
