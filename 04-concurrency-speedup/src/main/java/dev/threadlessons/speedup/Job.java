package dev.threadlessons.speedup;

/**
 * One task of a workload, such as "count the primes from 250000 to 500000" or "wait 150 ms for
 * a reply". Every strategy in this lesson runs the same list of jobs and must return the same
 * results; only the wall time may differ.
 *
 * <p>A job is made of {@link #chunkCount()} chunks whose results add up to the job's result.
 * Most strategies run a job in one go with {@link #run()}; {@link RoundRobin} runs one chunk of
 * each job in turn, which is how several tasks share a single thread.
 *
 * <p>Thread-safety: implementations are immutable, so any thread may run any chunk; running
 * the same chunk twice gives the same result.
 */
public interface Job {

    /** A short name for logs and timeline legends, such as {@code task-3}. */
    String name();

    /** How many chunks the job is split into; at least one. */
    int chunkCount();

    /** Runs chunk {@code chunk} (from 0) and returns its part of the result. */
    long runChunk(int chunk) throws InterruptedException;

    /** Runs every chunk, one after the other, and returns the job's result. */
    default long run() throws InterruptedException {
        long result = 0;
        for (int chunk = 0; chunk < chunkCount(); chunk++) {
            result += runChunk(chunk);
        }
        return result;
    }
}
