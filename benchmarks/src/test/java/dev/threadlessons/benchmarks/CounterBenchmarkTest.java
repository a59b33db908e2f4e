package dev.threadlessons.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The counter benchmark's body does what its name says: on a single thread every variant, the
 * unsynchronized one included, counts every increment the body makes, and the end-of-trial check
 * reports them all. A wrong count here would make every number the benchmark prints meaningless.
 */
class CounterBenchmarkTest {

    private static final int CALLS = 10_000;

    private static CounterBenchmark benchmarkOf(CounterKind kind, int threads) {
        var benchmark = new CounterBenchmark();
        benchmark.counter = kind;
        benchmark.prepare(threads);
        return benchmark;
    }

    @ParameterizedTest
    @EnumSource(CounterKind.class)
    void everyCounterCountsExactlyWhenOneThreadRunsTheBenchmarkBody(CounterKind kind) {
        var benchmark = benchmarkOf(kind, 1);
        var tally = new IncrementTally();

        for (int i = 0; i < CALLS; i++) {
            benchmark.threads1(tally);
            benchmark.threads2(tally);
            benchmark.threads4(tally);
        }

        assertEquals(3L * CALLS, tally.made);
        assertEquals(Optional.of(new CountCheck(kind + " on 1 thread", 3L * CALLS, 3L * CALLS, 3L * CALLS, 3L * CALLS)),
                benchmark.threadFinished(tally.made));
    }

    @Test
    void onlyTheLastThreadToFinishGetsTheCheckWithEveryThreadsIncrementsAndShares() {
        var benchmark = benchmarkOf(CounterKind.LONG_ADDER, 2);
        var first = new IncrementTally();
        var second = new IncrementTally();
        for (int i = 0; i < CALLS; i++) {
            benchmark.threads2(first);
        }
        for (int i = 0; i < 2 * CALLS; i++) {
            benchmark.threads2(second);
        }

        assertEquals(Optional.empty(), benchmark.threadFinished(first.made));
        assertEquals(Optional.of(new CountCheck("LONG_ADDER on 2 threads", 3L * CALLS, 3L * CALLS, CALLS, 2L * CALLS)),
                benchmark.threadFinished(second.made));
    }

    @Test
    void checkOfOneThreadSaysNoneLost() {
        assertEquals("ATOMIC_LONG on 1 thread: 1,000 increments made, 1,000 counted, none lost",
                new CountCheck("ATOMIC_LONG on 1 thread", 1_000, 1_000, 1_000, 1_000).describe());
    }

    @Test
    void checkWithUnevenSharesSaysHowUneven() {
        assertEquals("SYNCHRONIZED on 2 threads: 1,000 increments made, 1,000 counted, none lost;"
                        + " per thread from 100 to 900",
                new CountCheck("SYNCHRONIZED on 2 threads", 1_000, 1_000, 100, 900).describe());
    }

    @Test
    void checkWithLossSaysHowManyAndWhatShare() {
        var check = new CountCheck("UNSYNCHRONIZED on 2 threads", 1_000_000, 750_000, 500_000, 500_000);

        assertEquals(250_000, check.lost());
        assertEquals("UNSYNCHRONIZED on 2 threads: 1,000,000 increments made, 750,000 counted, 250,000 lost (25.0%)",
                check.describe());
    }
}
