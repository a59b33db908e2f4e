package dev.threadlessons.naming.stage;

import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Stands for a slow job whose end somebody else decides: it waits until its gate opens, then
 * finishes. With it, "the thread is still running when {@code join(timeout)} gives up" is not a
 * matter of luck or of sleeping long enough: the thread cannot end before the gate opens.
 *
 * <p>Thread-safety: thread-safe; its only state is the latch, which is.
 *
 * <p>Happens-before: everything done before {@code gate.countDown()} happens-before this task
 * moves past its {@code await()}.
 */
public final class GatedWorker implements Runnable {

    private final CountDownLatch gate;

    public GatedWorker(CountDownLatch gate) {
        this.gate = Objects.requireNonNull(gate, "gate");
    }

    @Override
    public void run() {
        try {
            gate.await();
        } catch (InterruptedException e) {
            // Interrupted means "stop waiting": end the task, and keep the flag for whoever looks.
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Returns once {@code worker} waits at its gate (state {@code WAITING}), so that the state the
     * demo prints after {@code join(timeout)} is the same on every run: just after {@code start()}
     * a thread may still be {@code RUNNABLE}, on its way to the gate.
     *
     * @throws IllegalStateException if the worker has not reached its gate within 10 s
     */
    public static void awaitAtGate(Thread worker) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (worker.getState() != Thread.State.WAITING) {
            if (System.nanoTime() - deadline > 0) {
                throw new IllegalStateException(worker.getName() + " did not reach its gate within 10 s");
            }
            // The JVM tells no one when a thread starts waiting: look again in a moment.
            Thread.sleep(1);
        }
    }
}
