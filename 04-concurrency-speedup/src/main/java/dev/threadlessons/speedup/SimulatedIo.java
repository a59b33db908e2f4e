package dev.threadlessons.speedup;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * An I/O-bound job: it spends its whole time waiting, the way a program waits for a web server
 * to answer or a disk to deliver a file. A sleep stands in for the wait. While a thread sleeps
 * it needs no CPU, which is why the waits of many threads overlap even on one core.
 *
 * <p>Its result is {@code 1}, "one reply received", so that adding up the results of a run
 * counts the jobs that were done.
 *
 * <p>Thread-safety: immutable.
 *
 * @param name the job's name, such as {@code download-3}
 * @param delay how long the simulated call takes
 */
public record SimulatedIo(String name, Duration delay) implements Job {

    public SimulatedIo {
        if (delay.isNegative() || delay.isZero()) {
            throw new IllegalArgumentException("delay must be positive, was " + delay);
        }
    }

    @Override
    public int chunkCount() {
        return 1;
    }

    @Override
    public long runChunk(int chunk) throws InterruptedException {
        if (chunk != 0) {
            throw new IndexOutOfBoundsException("a simulated call has one chunk, asked for " + chunk);
        }
        TimeUnit.NANOSECONDS.sleep(delay.toNanos());
        return 1;
    }
}
