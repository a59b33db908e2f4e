package dev.threadlessons.speedup;

import java.util.List;

import dev.threadlessons.util.Timeline;

/**
 * A way to run a list of jobs: one after another, on a thread each, on a pool, in child JVMs...
 * Whatever the way, the results come back in the order of the jobs, so that two strategies can
 * be compared with {@code equals}.
 *
 * <p>Every strategy records each job (or each chunk of a job) on the given {@link Timeline}, on
 * the thread that ran it, which is what draws the pictures of this lesson.
 *
 * <p>Thread-safety: implementations keep no state between runs; {@link #run} starts its own
 * threads and ends them all before it returns, also when it fails.
 *
 * @param <J> the jobs it can run; some strategies suit only CPU-bound {@link PrimeRange}s
 */
public interface Strategy<J extends Job> {

    /** How the strategy is named in the output, such as {@code a pool of 2 threads}. */
    String name();

    /** Runs every job exactly once and returns their results, in the order of {@code jobs}. */
    List<Long> run(List<? extends J> jobs, Timeline timeline) throws Exception;
}
