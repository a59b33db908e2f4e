package dev.threadlessons.speedup;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import dev.threadlessons.util.Timeline;

/**
 * Concurrency without parallelism: the jobs are cut into chunks that take turns on a single
 * thread, {@code single-worker}. Chunk 1 of every job goes into the executor's queue, then
 * chunk 2 of every job, and so on; the one worker takes them in that order (round-robin).
 *
 * <p>The jobs are in progress together (concurrency), but nothing runs at the same instant as
 * anything else (no parallelism), and the turns are cooperative: a chunk that waits holds the
 * one worker, so the waits of {@link SimulatedIo} do not overlap here either. The total is the
 * same as one after another (a little more, for the switching); what changes is the order:
 * every job is under way after one round of chunks instead of waiting for all the jobs before
 * it. That makes it a model of computing threads under CPython's GIL, which lets one thread at a
 * time run Python code, and of computing threads on one core. It is not a model of waiting
 * threads: on one core, or under the GIL, threads that wait overlap their waits, since a
 * waiting thread needs neither the core nor the GIL.
 *
 * <p>Thread-safety: immutable; each run makes its own executor. Every chunk's result is read
 * through its {@link Future}, after the chunk has finished.
 */
public final class RoundRobin implements Strategy<Job> {

    @Override
    public String name() {
        return "one thread taking turns";
    }

    @Override
    public List<Long> run(List<? extends Job> jobs, Timeline timeline)
            throws InterruptedException, ExecutionException {
        ExecutorService worker = Executors.newSingleThreadExecutor(
                work -> new Thread(work, "single-worker"));
        try {
            var chunksOfJob = new ArrayList<List<Future<Long>>>(jobs.size());
            jobs.forEach(job -> chunksOfJob.add(new ArrayList<>()));
            int rounds = jobs.stream().mapToInt(Job::chunkCount).max().orElse(0);
            for (int chunk = 0; chunk < rounds; chunk++) {
                for (int index = 0; index < jobs.size(); index++) {
                    Job job = jobs.get(index);
                    if (chunk < job.chunkCount()) {
                        int thisChunk = chunk;
                        chunksOfJob.get(index).add(worker.submit(
                                () -> timeline.record(job.name(), () -> job.runChunk(thisChunk))));
                    }
                }
            }
            var results = new ArrayList<Long>(jobs.size());
            for (List<Future<Long>> chunks : chunksOfJob) {
                long sum = 0;
                for (Future<Long> chunk : chunks) {
                    sum += chunk.get();
                }
                results.add(sum);
            }
            return results;
        } finally {
            // After a success the queue is empty; after a failure the chunks left are dropped.
            worker.shutdownNow();
            if (!worker.awaitTermination(1, TimeUnit.MINUTES)) {
                throw new IllegalStateException("single-worker still running a minute after shutdownNow");
            }
        }
    }
}
