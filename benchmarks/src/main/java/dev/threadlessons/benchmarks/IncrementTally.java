package dev.threadlessons.benchmarks;

import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * How many increments one benchmark thread made, counted in a field that only that thread
 * touches, so the tally itself is exact and needs no synchronization. At the end of the trial
 * each thread hands its tally to the shared {@link CounterBenchmark}; the last one prints how the
 * sum compares with what the counter says, a line in JMH's output after the trial's iterations.
 *
 * <p>Thread-safety: confined to one benchmark thread ({@link Scope#Thread}); {@code made} is
 * guarded by that confinement. The hand-over in {@link #handIn} is the only cross-thread step,
 * and {@link CounterBenchmark#threadFinished} makes it safe.
 */
@State(Scope.Thread)
public class IncrementTally {

    /** Confined to the owning benchmark thread. */
    long made;

    /** Hands this thread's count to the benchmark once the thread has made its last increment. */
    @TearDown(Level.Trial)
    public void handIn(CounterBenchmark benchmark) {
        // JMH has already printed "Iteration N: " and prints the score after this: own line.
        benchmark.threadFinished(made).ifPresent(check -> System.out.println(System.lineSeparator() + check.describe()));
    }
}
