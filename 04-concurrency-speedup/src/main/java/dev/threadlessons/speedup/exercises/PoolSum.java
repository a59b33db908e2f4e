package dev.threadlessons.speedup.exercises;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;

/**
 * Exercise 04-1: a pool that is shut down whatever happens. Write {@link #sum}: make a pool of
 * {@code threads} threads ({@code Executors.newFixedThreadPool}), submit every part, add up their
 * results, and shut the pool down in a {@code finally}, so that its threads end also when a part
 * fails. A pool that is never shut down keeps its threads alive, and a JVM with live non-daemon
 * threads does not end.
 *
 * <p>Grade it: {@code mvn -pl 04-concurrency-speedup test -Pexercises}. Compare with
 * {@code FixedPool} afterwards.
 *
 * <p>Thread-safety: each call makes its own pool; any number of threads may call it at once.
 */
public class PoolSum {

    /**
     * The sum of what {@code parts} return, computed on a pool of {@code threads} threads.
     *
     * @throws ExecutionException   if a part threw; the pool is shut down all the same
     * @throws InterruptedException if interrupted while waiting for a result
     */
    public long sum(List<Callable<Long>> parts, int threads) throws InterruptedException, ExecutionException {
        // TODO: newFixedThreadPool(threads); submit each part; get() each Future; shutdown() in a finally.
        throw new UnsupportedOperationException("exercise 04-1: sum() is yours to write");
    }
}
