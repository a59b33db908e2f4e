package dev.threadlessons.basics.stage;

import java.util.concurrent.CountDownLatch;

/**
 * A task that keeps its thread busy until it is released, so that the thread can be caught in
 * the state {@code RUNNABLE}: a thread that sleeps or waits would show {@code TIMED_WAITING} or
 * {@code WAITING} instead. It burns one core while it spins, so release it soon.
 *
 * <p>Thread-safety: thread-safe. {@code released} is volatile, so the spinning thread sees the
 * release; the latch tells another thread that the spin has begun.
 *
 * <p>Happens-before: {@code countDown()} of the started latch happens-before {@code await()}
 * returns in {@link #awaitStarted()}; the write of {@code released} in {@link #release()}
 * happens-before the spinning thread's read that sees it.
 */
public final class SpinningTask implements Runnable {

    private final CountDownLatch started = new CountDownLatch(1);
    private volatile boolean released;

    @Override
    public void run() {
        started.countDown();
        while (!released) {
            Thread.onSpinWait();
        }
    }

    /** Blocks until the task is running on some thread. */
    public void awaitStarted() throws InterruptedException {
        started.await();
    }

    /** Lets the spinning thread finish. */
    public void release() {
        released = true;
    }
}
