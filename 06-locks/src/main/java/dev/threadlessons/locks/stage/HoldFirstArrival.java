package dev.threadlessons.locks.stage;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import dev.threadlessons.util.Durations;

/**
 * A race window that holds the first thread to enter it until {@link #release()}, and lets every
 * later thread pass. With the first thread held between its check and its act, a demo or a test
 * can look at what a second thread does: wait for the lock, or slip through the gap.
 *
 * <p>Thread-safety: safe for any number of threads. Happens-before: {@link #awaitArrival} returns
 * only after the first thread has entered (a {@link CountDownLatch}), so everything that thread
 * did before it entered, such as taking a lock, is visible to the caller; everything done before
 * {@link #release()} is visible to the held thread once it goes on.
 */
public final class HoldFirstArrival implements RaceWindow {

    /** How long the first thread waits to be released before it fails instead of hanging. */
    public static final Duration PATIENCE = Duration.ofSeconds(10);

    private final AtomicReference<Thread> first = new AtomicReference<>();
    private final CountDownLatch arrived = new CountDownLatch(1);
    private final CountDownLatch released = new CountDownLatch(1);

    /**
     * Holds the calling thread if it is the first to arrive; returns at once otherwise.
     *
     * @throws IllegalStateException if the held thread is not released within {@link #PATIENCE},
     *         or is interrupted (its interrupt flag is then set again)
     */
    @Override
    public void pause() {
        if (!first.compareAndSet(null, Thread.currentThread())) {
            return;
        }
        arrived.countDown();
        try {
            if (!released.await(PATIENCE.toNanos(), TimeUnit.NANOSECONDS)) {
                throw new IllegalStateException("held in the race window for "
                        + Durations.format(PATIENCE) + " and never released");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while held in the race window", e);
        }
    }

    /**
     * Waits until a thread is held in the window, and returns it.
     *
     * @throws IllegalStateException if none arrives within {@code timeout}
     */
    public Thread awaitArrival(Duration timeout) throws InterruptedException {
        if (!arrived.await(timeout.toNanos(), TimeUnit.NANOSECONDS)) {
            throw new IllegalStateException("no thread entered the race window within "
                    + Durations.format(timeout));
        }
        return first.get();
    }

    /** Lets the held thread go on (or the first one to arrive from now on pass straight through). */
    public void release() {
        released.countDown();
    }
}
