package dev.threadlessons.introspection;

import java.time.Duration;

/**
 * Starts the named threads the tests look at. A body may throw {@link InterruptedException};
 * the thread then simply ends, since being interrupted is how a test tells it to stop.
 */
final class TestThreads {

    /** A timeout for every wait in these tests: generous, because the build machine may be busy. */
    static final Duration PATIENCE = Duration.ofSeconds(10);

    /** A thread body that may be interrupted. */
    @FunctionalInterface
    interface Body {
        void run() throws InterruptedException;
    }

    private TestThreads() {
    }

    /** Starts a thread named {@code name} that runs {@code body}. */
    static Thread start(String name, Body body) {
        var thread = new Thread(() -> {
            try {
                body.run();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, name);
        thread.start();
        return thread;
    }

    /** Joins each thread, so that none outlives the test. */
    static void joinAll(Thread... threads) throws InterruptedException {
        for (Thread thread : threads) {
            thread.join();
        }
    }
}
