package dev.threadlessons.speedup;

import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.Collectors;

import dev.threadlessons.util.Timeline;

/**
 * A parallel stream: {@code jobs.parallelStream().map(...)}. The stream splits the list and runs
 * the pieces on the JVM-wide {@link ForkJoinPool#commonPool() common pool}, whose workers are
 * named {@code ForkJoinPool.commonPool-worker-N}, and the calling thread joins in. The pool has
 * one worker fewer than the machine has cores, so with the caller every core is busy.
 *
 * <p>Meant for CPU-bound work only, hence {@link PrimeRange}: the common pool is shared by the
 * whole JVM, and a job that blocks on I/O there holds a worker that every other parallel stream
 * is waiting for.
 *
 * <p>Thread-safety: stateless. The stream's terminal operation returns only when every element
 * is done, and their results happen-before it returns.
 */
public final class ParallelStream implements Strategy<PrimeRange> {

    @Override
    public String name() {
        return "a parallel stream";
    }

    @Override
    public List<Long> run(List<? extends PrimeRange> jobs, Timeline timeline) {
        return jobs.parallelStream()
                .map(job -> timeline.record(job.name(), job::run))
                .collect(Collectors.toList());
    }
}
