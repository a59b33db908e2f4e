package dev.threadlessons.deadlock;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;

/**
 * One transfer running on its own thread, named like the demo's ({@code transfer-1-to-2}), for
 * tests that stage who holds which lock. Closing it interrupts the thread if it is still running
 * and joins it, so a test that fails half-way leaves no thread behind.
 */
final class RunningTransfer implements AutoCloseable {

    private static final Duration JOIN_WITHIN = Duration.ofSeconds(10);

    private final Thread thread;
    private final AtomicReference<Object> result = new AtomicReference<>();

    private RunningTransfer(Transfer transfer, Account from, Account to, long amount) {
        thread = new Thread(() -> {
            try {
                result.set(transfer.transfer(from, to, amount));
            } catch (InterruptedException | RuntimeException e) {
                result.set(e);
            }
        }, "transfer-" + from.id() + "-to-" + to.id());
        thread.setDaemon(true);
    }

    static RunningTransfer start(Transfer transfer, Account from, Account to, long amount) {
        var running = new RunningTransfer(transfer, from, to, amount);
        running.thread.start();
        return running;
    }

    Thread thread() {
        return thread;
    }

    String name() {
        return thread.getName();
    }

    /** Waits for the transfer to end and returns what it returned, or what it threw. */
    Object awaitResult() throws InterruptedException {
        thread.join(JOIN_WITHIN.toMillis());
        if (thread.isAlive()) {
            throw new AssertionError(name() + " did not finish within " + JOIN_WITHIN);
        }
        return result.get();
    }

    @Override
    public void close() {
        if (thread.isAlive()) {
            thread.interrupt();
        }
        try {
            thread.join(JOIN_WITHIN.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while joining " + name(), e);
        }
    }
}
