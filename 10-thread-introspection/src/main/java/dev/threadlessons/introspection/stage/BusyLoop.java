package dev.threadlessons.introspection.stage;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Work that keeps a core busy until it is told to stop, or until a time limit passes: the thread
 * that runs it is {@code RUNNABLE} all along and its CPU time grows, which makes it the one
 * running thread among the demo's waiting ones.
 *
 * <p>The limit is there so that a forgotten {@link #requestStop()} cannot spin forever.
 *
 * <p>Thread-safety: one thread runs it, any thread may stop it or read its results.
 * {@code stopRequested}, {@code iterations} and {@code hitLimit} are volatile: the spinning
 * thread sees a stop request on its next check, and a reader sees the results once written.
 * Read the results after {@link Thread#join()} on the spinning thread to get the final values
 * (the join happens-after the thread's last write).
 */
public final class BusyLoop implements Runnable {

    private final Duration limit;
    private final CountDownLatch spinning = new CountDownLatch(1);
    private volatile boolean stopRequested;
    private volatile long iterations;
    private volatile boolean hitLimit;

    /** A loop that spins for at most {@code limit}. */
    public BusyLoop(Duration limit) {
        if (limit.isZero() || limit.isNegative()) {
            throw new IllegalArgumentException("limit must be positive: " + limit);
        }
        this.limit = limit;
    }

    @Override
    public void run() {
        long deadline = System.nanoTime() + limit.toNanos();
        long count = 0;
        spinning.countDown();
        while (!stopRequested) {
            count++;
            // Reading the clock on every turn would be most of the work; every 1024th is enough.
            if ((count & 0x3FF) == 0 && System.nanoTime() - deadline >= 0) {
                hitLimit = true;
                break;
            }
        }
        iterations = count;
    }

    /** Waits until the loop has begun; {@code false} if it had not within {@code timeout}. */
    public boolean awaitSpinning(Duration timeout) throws InterruptedException {
        return spinning.await(timeout.toNanos(), TimeUnit.NANOSECONDS);
    }

    /** Asks the loop to end; it does so within a few iterations. */
    public void requestStop() {
        stopRequested = true;
    }

    /** Whether the loop ended because its time limit passed, rather than because it was told to. */
    public boolean hitLimit() {
        return hitLimit;
    }

    /** How many turns the loop made; 0 until it has ended. */
    public long iterations() {
        return iterations;
    }
}
