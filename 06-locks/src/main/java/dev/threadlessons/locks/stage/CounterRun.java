package dev.threadlessons.locks.stage;

import java.time.Duration;

import dev.threadlessons.locks.Counter;
import dev.threadlessons.util.Timing;
import dev.threadlessons.util.Workers;

/**
 * One counter variant, run by {@code threads} threads named {@code worker-N} that each increment
 * it {@code increments} times, all starting together: what the counter said, and how long it took.
 *
 * <p>Thread-safety: immutable.
 *
 * @param variant  the counter variant that ran
 * @param expected how many increments were made
 * @param actual   the counter's value after every worker was joined
 * @param elapsed  wall time from starting the first worker to joining the last
 */
public record CounterRun(CounterVariant variant, long expected, long actual, Duration elapsed) {

    /** Runs a fresh counter of {@code variant} and returns what happened. */
    public static CounterRun of(CounterVariant variant, int threads, int increments) throws InterruptedException {
        Counter counter = variant.factory().get();
        Duration elapsed = Timing.elapsed(() -> Workers.run("worker", threads, worker -> {
            for (int i = 0; i < increments; i++) {
                counter.increment();
            }
        }));
        return new CounterRun(variant, (long) threads * increments, counter.get(), elapsed);
    }

    /** Whether no increment was lost. */
    public boolean exact() {
        return actual == expected;
    }

    /** How many increments left no trace. */
    public long lost() {
        return expected - actual;
    }
}
