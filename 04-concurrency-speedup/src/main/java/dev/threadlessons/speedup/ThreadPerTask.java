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
 * k/c times one job, not less. Java threads run Java code on every core at once (in parallel);
 * threads of CPython's default build take turns at running Python code, because of its GIL.
 *
 * <p>Each thread runs a {@link FutureTask}, which keeps the job's result or exception, so no
 * worker dies with an uncaught exception. {@code Thread.join} happens-before the caller reads
 * the result. If the calling thread is interrupted while it waits, it interrupts every worker
 * and joins them all before it rethrows, so no worker outlives {@link #run}.
 *
 * <p>Thread-safety: stateless; each run starts and joins its own threads.
 */
public final class ThreadPerTask implements Strategy<Job> {

    @Override
    public String name() {
        return "a thread per task";
    }

    // tag::run[]
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
            // The caller gives up: ask every worker to stop, and wait until they have, so that
            // none outlives run(). Interruption is only a request: a job ends early only if it
            // checks for it, as SimulatedIo's sleep does and PrimeRange's counting loop does.
            threads.forEach(Thread::interrupt);
            for (Thread thread : threads) {
                joinUninterruptibly(thread);
            }
            throw e;
        }
        var results = new ArrayList<Long>(tasks.size());
        for (FutureTask<Long> task : tasks) {
            results.add(task.get());
        }
        return results;
    }
    // end::run[]

    private static void joinUninterruptibly(Thread thread) {
        boolean interrupted = false;
        while (thread.isAlive()) {
            try {
                thread.join();
            } catch (InterruptedException again) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
