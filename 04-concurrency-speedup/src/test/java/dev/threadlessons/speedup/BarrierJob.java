package dev.threadlessons.speedup;

import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A job that can only finish when all the jobs sharing its barrier are running at the same
 * moment: the proof that a strategy really runs them concurrently. If they cannot all be there
 * at once, the barrier gives up after ten seconds and the job fails instead of hanging.
 */
record BarrierJob(String name, CyclicBarrier barrier) implements Job {

    @Override
    public int chunkCount() {
        return 1;
    }

    @Override
    public long runChunk(int chunk) throws InterruptedException {
        try {
            barrier.await(10, TimeUnit.SECONDS);
            return 1;
        } catch (BrokenBarrierException | TimeoutException e) {
            throw new IllegalStateException(name + " did not meet the other jobs: they did not all run at once", e);
        }
    }
}
