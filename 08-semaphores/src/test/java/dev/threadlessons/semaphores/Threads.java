package dev.threadlessons.semaphores;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.FutureTask;

/** Starts threads whose outcome a test can read, and ends them, also when a test failed half-way. */
final class Threads {

    /** A started thread and the outcome of its work: a value, or the exception it threw. */
    record Started<T>(Thread thread, FutureTask<T> outcome) {
    }

    private Threads() {
    }

    /** Starts {@code work} on a new thread named {@code name}; its exception ends up in the outcome. */
    static <T> Started<T> start(String name, Callable<T> work) {
        var outcome = new FutureTask<>(work);
        var thread = new Thread(outcome, name);
        thread.start();
        return new Started<>(thread, outcome);
    }

    /**
     * Joins every thread; one still alive after a generous wait is interrupted (freeing it from a
     * wait the test expected to end) and the test fails.
     */
    static void joinAll(List<Thread> threads) throws InterruptedException {
        boolean allEnded = true;
        for (Thread thread : threads) {
            thread.join(Waiting.PATIENCE.toMillis());
            if (thread.isAlive()) {
                allEnded = false;
                thread.interrupt();
                thread.join();
            }
        }
        assertTrue(allEnded, "a thread was still blocked and had to be interrupted");
    }
}
