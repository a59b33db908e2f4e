package dev.threadlessons.speedup;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import dev.threadlessons.util.NamedThreadFactory;
import dev.threadlessons.util.Timeline;

/**
 * A fixed pool of n threads, {@code pool-worker-1} to {@code pool-worker-n}, that take the jobs
 * from a queue: Python's {@code ThreadPoolExecutor(max_workers=n)} and {@code executor.map}.
 *
 * <p>At most n jobs run at once. For jobs that wait, k jobs on n threads take about
 * ceil(k/n) job times (they go in waves); for jobs that compute, a pool as large as the number
 * of cores is enough, since more threads than cores cannot compute more at once.
 *
 * <p>The pool lives for one run: {@code shutdownNow()} and a checked {@code awaitTermination}
 * in a finally block end its threads whatever happens. A task's completion happens-before {@code Future.get}
 * returns its result.
 *
 * <p>Thread-safety: immutable; each run makes its own pool.
 */
public final class FixedPool implements Strategy<Job> {

    private final int threads;

    public FixedPool(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("a pool needs at least 1 thread, was " + threads);
        }
        this.threads = threads;
    }

    @Override
    public String name() {
        return "a pool of " + threads + (threads == 1 ? " thread" : " threads");
    }

    @Override
    public List<Long> run(List<? extends Job> jobs, Timeline timeline)
            throws InterruptedException, ExecutionException {
        var pool = Executors.newFixedThreadPool(threads, new NamedThreadFactory("pool-worker"));
        try {
            var tasks = new ArrayList<Callable<Long>>(jobs.size());
            for (Job job : jobs) {
                tasks.add(() -> timeline.record(job.name(), job::run));
            }
            var results = new ArrayList<Long>(jobs.size());
            for (Future<Long> future : pool.invokeAll(tasks)) {
                results.add(future.get());
            }
            return results;
        } finally {
            // After invokeAll every task is done; after a failure shutdownNow interrupts the rest.
            pool.shutdownNow();
            if (!pool.awaitTermination(1, TimeUnit.MINUTES)) {
                throw new IllegalStateException(name() + ": threads still running a minute after shutdownNow");
            }
        }
    }
}
