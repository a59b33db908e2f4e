package dev.threadlessons.semaphores;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
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
     * Joins every thread, all within one generous deadline; threads still alive then are
     * interrupted (freeing them from a wait the test expected to end) and the test fails.
     */
    static void joinAll(List<Thread> threads) throws InterruptedException {
        joinAll(threads, Waiting.PATIENCE);
    }

    /** As {@link #joinAll(List)}, allowing {@code patience} in all for threads that do real work. */
    static void joinAll(List<Thread> threads, Duration patience) throws InterruptedException {
        long deadline = System.nanoTime() + patience.toNanos();
        for (Thread thread : threads) {
            thread.join(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
        }
        var stuck = threads.stream().filter(Thread::isAlive).toList();
        stuck.forEach(Thread::interrupt);
        for (Thread thread : stuck) {
            thread.join();
        }
        assertTrue(stuck.isEmpty(), "still blocked at the end of the test, had to be interrupted: "
                + stuck.stream().map(Thread::getName).toList());
    }
}
