package dev.threadlessons.testing;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * Starts the named threads a test stages, and ends them, also when the test fails half-way, so
 * that no test leaves a thread behind ({@link ThreadLeakChecker} would fail it).
 *
 * <pre>{@code
 * var customer = TestThreads.start("customer-2", () -> account.withdraw(80));
 * ThreadWaits.untilBlockedOn(customer.thread(), account);
 * ...
 * assertFalse(customer.result());          // joins first; the work's exception fails the test
 * }</pre>
 *
 * <p>Thread-safety: stateless; each call has its own threads. Happens-before: everything a
 * started thread did happens-before {@link Started#result()} and {@link #joinAll} return
 * ({@link Thread#join()}).
 */
public final class TestThreads {

    /** How long a test waits for a thread to finish or to reach a state: generous, for busy machines. */
    public static final Duration PATIENCE = Duration.ofSeconds(10);

    /** Work for a thread that returns nothing and may throw. */
    @FunctionalInterface
    public interface Body {
        void run() throws Exception;
    }

    /**
     * A started thread and the outcome of its work: a value, or the exception it threw (kept by
     * the {@link FutureTask}, so the thread never dies with an uncaught exception).
     */
    public record Started<T>(Thread thread, FutureTask<T> outcome) {

        /** The thread's name. */
        public String name() {
            return thread.getName();
        }

        /**
         * Joins the thread within {@link #PATIENCE} and returns what its work returned.
         *
         * @throws AssertionError if it is still running then, or if its work threw
         */
        public T result() throws InterruptedException {
            joinAll(List.of(thread));
            try {
                return outcome.get();
            } catch (ExecutionException e) {
                throw new AssertionError(name() + " failed: " + e.getCause(), e.getCause());
            }
        }

        /** Joins the thread within {@link #PATIENCE} and returns what its work threw, failing if it threw nothing. */
        public Throwable failure() throws InterruptedException {
            joinAll(List.of(thread));
            try {
                T value = outcome.get();
                throw new AssertionError(name() + " was expected to fail, but returned " + value);
            } catch (ExecutionException e) {
                return e.getCause();
            }
        }
    }

    private TestThreads() {
    }

    /** Starts {@code work} on a new thread named {@code name}. */
    public static <T> Started<T> start(String name, Callable<T> work) {
        var outcome = new FutureTask<>(work);
        var thread = new Thread(outcome, name);
        thread.start();
        return new Started<>(thread, outcome);
    }

    /** Starts {@code body} on a new thread named {@code name}. */
    public static Started<Void> run(String name, Body body) {
        return start(name, () -> {
            body.run();
            return null;
        });
    }

    /** As {@link #joinAll(Duration, List)} within {@link #PATIENCE}. */
    public static void joinAll(Thread... threads) throws InterruptedException {
        joinAll(PATIENCE, Arrays.asList(threads));
    }

    /** As {@link #joinAll(Duration, List)} within {@link #PATIENCE}. */
    public static void joinAll(List<Thread> threads) throws InterruptedException {
        joinAll(PATIENCE, threads);
    }

    /**
     * Joins every thread, all within one deadline; threads still alive then are interrupted (which
     * frees them from a wait the test expected to end), joined, and the test fails naming them.
     */
    public static void joinAll(Duration patience, List<Thread> threads) throws InterruptedException {
        long deadline = System.nanoTime() + patience.toNanos();
        for (Thread thread : threads) {
            thread.join(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
        }
        var stuck = threads.stream().filter(Thread::isAlive).toList();
        stuck.forEach(Thread::interrupt);
        for (Thread thread : stuck) {
            thread.join(PATIENCE.toMillis());
        }
        if (!stuck.isEmpty()) {
            throw new AssertionError("still running " + patience.toSeconds() + " s later, had to be interrupted: "
                    + stuck.stream().map(t -> t.getName() + " (" + t.getState() + ")").toList());
        }
    }

    /**
     * Waits for {@code latch} inside a thread body that cannot throw {@link InterruptedException};
     * an interrupt ends the wait and is kept on the thread, so the body can stop.
     */
    public static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
