package dev.threadlessons.benchmarks;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What it costs to get a tiny task run on another thread, and wait for it: lesson 04's question
 * of a thread per task against a pool, measured per task.
 *
 * <ul>
 *   <li>{@code runOnCaller}: the task run directly, no other thread at all (the floor);</li>
 *   <li>{@code platformThreadStartJoin}: {@code new Thread(task)}, {@code start()},
 *       {@code join()}; the operating system creates a thread, with its own stack, schedules it,
 *       and tears it down again: Python's {@code Thread(target=...).start(); join()};</li>
 *   <li>{@code poolSubmitGet}: {@code submit(task).get()} to a fixed pool of
 *       {@value #POOL_THREADS} threads started once, before measuring: only the hand-over through
 *       the pool's queue and the wake-up of a waiting worker are paid per task;</li>
 *   <li>{@code virtualThreadStartJoin}: the same start and join with a virtual thread (JDK 21+
 *       only: {@link VirtualThreads}); the JVM, not the operating system, creates and schedules
 *       it on a small pool of carrier threads.</li>
 * </ul>
 *
 * <p>One benchmark thread, average time per task in microseconds: lower is better. Expect the
 * platform thread to cost several pool hand-overs, and the pool and the virtual thread to pay
 * mostly for waking threads: the one that runs the task, then the caller waiting for it.
 *
 * <p>Thread-safety: one instance per trial, used by the single benchmark thread; the task's
 * count ({@code runs}) is thread-safe, since the task runs on other threads. Happens-before:
 * {@code Thread.join} and {@code Future.get} return only after the task ran, and see its effects.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Threads(1)
@Fork(3)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
public class ThreadStartBenchmark {

    /** How many worker threads the pool keeps. */
    public static final int POOL_THREADS = 2;

    private final AtomicLong runs = new AtomicLong();
    /** The work handed to every thread: as little as can be checked afterwards. */
    private final Runnable task = runs::incrementAndGet;
    private ExecutorService pool;

    /**
     * The virtual-thread factory, when this JVM has one. On an older JDK its setup fails with a
     * message saying so, which ends this one benchmark and lets JMH go on with the others.
     *
     * <p>Thread-safety: the factory is thread-safe; written once by the setup.
     */
    @State(Scope.Benchmark)
    public static class VirtualThreadFactory {

        ThreadFactory factory;

        @Setup(Level.Trial)
        public void find() {
            factory = VirtualThreads.factory()
                    .orElseThrow(() -> new UnsupportedOperationException(VirtualThreads.unavailableMessage()));
        }
    }

    /** Starts the pool's workers once, so that measuring sees only the hand-over. */
    @Setup(Level.Trial)
    public void startPool() {
        var number = new AtomicInteger();
        pool = Executors.newFixedThreadPool(POOL_THREADS,
                task -> new Thread(task, "pool-worker-" + number.incrementAndGet()));
    }

    /** Ends the pool's workers, and fails loudly if one does not end. */
    @TearDown(Level.Trial)
    public void stopPool() throws InterruptedException {
        pool.shutdown();
        if (!pool.awaitTermination(10, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the pool's workers did not end within 10 s");
        }
    }

    @Benchmark
    public void runOnCaller() {
        task.run();
    }

    @Benchmark
    public void platformThreadStartJoin() throws InterruptedException {
        Thread thread = new Thread(task);
        thread.start();
        thread.join();
    }

    @Benchmark
    public void poolSubmitGet() throws InterruptedException, ExecutionException {
        pool.submit(task).get();
    }

    @Benchmark
    public void virtualThreadStartJoin(VirtualThreadFactory virtual) throws InterruptedException {
        Thread thread = virtual.factory.newThread(task);
        thread.start();
        thread.join();
    }

    /** How many times the task has run. */
    long runs() {
        return runs.get();
    }
}
