package dev.threadlessons.locks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import dev.threadlessons.locks.stage.CounterRun;
import dev.threadlessons.locks.stage.CounterVariant;

class CounterTest {

    private static final int INCREMENTS = 20_000;

    static Stream<Arguments> everyCounterWithSeveralThreadCounts() {
        return CounterVariant.all().stream()
                .flatMap(variant -> Stream.of(2, 4, 8).map(threads -> Arguments.of(variant, threads)));
    }

    @ParameterizedTest(name = "{0}, {1} threads")
    @MethodSource("everyCounterWithSeveralThreadCounts")
    void everyGuardedCounterCountsEveryIncrementUnderContention(CounterVariant variant, int threads)
            throws InterruptedException {
        CounterRun run = CounterRun.of(variant, threads, INCREMENTS);

        assertEquals((long) threads * INCREMENTS, run.actual(), variant + " lost updates");
        assertEquals(0, run.lost());
    }
}
