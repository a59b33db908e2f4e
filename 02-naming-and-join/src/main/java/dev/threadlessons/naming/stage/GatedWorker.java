package dev.threadlessons.naming.stage;

import java.util.Objects;
import java.util.concurrent.CountDownLatch;

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
}
