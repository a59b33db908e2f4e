package dev.threadlessons.speedup;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

import dev.threadlessons.util.Timeline;

/**
 * One new thread per job, {@code worker-1} to {@code worker-k}, all started before any is
 * joined: Python's {@code threading.Thread(target=...)} then {@code start()} and {@code join()}.
 *
 * <p>For jobs that wait, k threads wait side by side and the run takes about as long as the
 * longest job. For jobs that compute, the threads share the cores: k jobs on c cores take about
 * k/c times one job, not less. Unlike Python's threads, Java's run Java code on every core.
 *
 * <p>Each thread runs a {@link FutureTask}, which keeps the job's result or exception, so no
 * worker dies with an uncaught exception. {@code Thread.join} happens-before the caller reads
 * the result.
 *
 * <p>Thread-safety: stateless; each run starts and joins its own threads.
 */
public final class ThreadPerTask implements Strategy<Job> {

    @Override
    public String name() {
        return "a thread per task";
    }

    @Override
    public List<Long> run(List<? extends Job> jobs, Timeline timeline)
            throws InterruptedException, ExecutionException {
        var tasks = new ArrayList<FutureTask<Long>>(jobs.size());
        var threads = new ArrayList<Thread>(jobs.size());
        for (Job job : jobs) {
            var task = new FutureTask<>(() -> timeline.record(job.name(), job::run));
            tasks.add(task);
            threads.add(new Thread(task, "worker-" + (threads.size() + 1)));
        }
        threads.forEach(Thread::start);
        try {
            for (Thread thread : threads) {
                thread.join();
            }
        } catch (InterruptedException e) {
            // The caller gives up: ask every worker to stop too rather than leave them running.
            threads.forEach(Thread::interrupt);
            throw e;
        }
        var results = new ArrayList<Long>(tasks.size());
        for (FutureTask<Long> task : tasks) {
            results.add(task.get());
        }
        return results;
    }
}
