package dev.threadlessons.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The read-mostly benchmark's body does what its name says: one write in {@code writeEvery}
 * operations, reads that return what the table holds, writes that land, the same with either lock.
 */
class ReadMostlyBenchmarkTest {

    /** item-0 = 0 ... item-63 = 63. */
    private static final long FILLED_TOTAL = 63 * 64 / 2;

    static Stream<Arguments> everyLockWithEveryReadAndMix() {
        return Stream.of(RegistryKind.values()).flatMap(lock -> Stream.of(ReadKind.values()).flatMap(read ->
                Stream.of(10, 1000).map(writeEvery -> Arguments.of(lock, read, writeEvery))));
    }

    private static ReadMostlyBenchmark benchmarkOf(RegistryKind lock, ReadKind read, int writeEvery) {
        var benchmark = new ReadMostlyBenchmark();
        benchmark.lock = lock;
        benchmark.read = read;
        benchmark.writeEvery = writeEvery;
        benchmark.fillRegistry();
        return benchmark;
    }

    private static ReadMostlyBenchmark benchmarkOf(RegistryKind lock, ReadKind read) {
        return benchmarkOf(lock, read, 10);
    }

    @ParameterizedTest
    @ValueSource(ints = {10, 1000})
    void oneOperationInWriteEveryIsAWrite(int writeEvery) {
        var mix = new ReadWriteMix();
        int writes = 0;
        for (int i = 0; i < 100_000; i++) {
            mix.advance();
            writes += mix.isWrite(writeEvery) ? 1 : 0;
        }

        assertEquals(100_000 / writeEvery, writes);
    }

    @ParameterizedTest
    @MethodSource("everyLockWithEveryReadAndMix")
    void everyWriteOfTheMixLandsWhenOneThreadRunsTheBenchmarkBody(RegistryKind lock, ReadKind read, int writeEvery) {
        var benchmark = benchmarkOf(lock, read, writeEvery);
        var mix = new ReadWriteMix();

        for (int i = 0; i < 1_000; i++) {
            benchmark.threads1(mix);
            benchmark.threads2(mix);
            benchmark.threads4(mix);
        }

        assertEquals(3_000, mix.turns());
        assertEquals(FILLED_TOTAL + 3_000 / writeEvery, benchmark.total(), "every write adds one");
    }

    @ParameterizedTest
    @EnumSource(RegistryKind.class)
    void lookupsReturnTheValueOfTheirSlotAndTheWriteItsNewValue(RegistryKind lock) {
        var benchmark = benchmarkOf(lock, ReadKind.LOOKUP);
        var mix = new ReadWriteMix();

        var results = new ArrayList<Long>();
        for (int i = 0; i < 10; i++) {
            results.add(benchmark.threads1(mix));
        }

        assertEquals(List.of(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 11L), results);
    }

    @ParameterizedTest
    @EnumSource(RegistryKind.class)
    void scansReturnTheTotalOfTheTable(RegistryKind lock) {
        var benchmark = benchmarkOf(lock, ReadKind.SCAN);
        var mix = new ReadWriteMix();

        var results = new ArrayList<Long>();
        for (int i = 0; i < 10; i++) {
            results.add(benchmark.threads1(mix));
        }

        var expected = new ArrayList<>(Collections.nCopies(9, FILLED_TOTAL));
        expected.add(11L);
        assertEquals(expected, results);
    }

    @ParameterizedTest
    @EnumSource(RegistryKind.class)
    void updateWithoutANameIsRefused(RegistryKind lock) {
        Registry registry = lock.create();

        var thrown = assertThrows(NullPointerException.class, () -> registry.update(null, value -> value + 1));
        assertEquals("name", thrown.getMessage());
    }

    @ParameterizedTest
    @EnumSource(RegistryKind.class)
    void queriesSeeAReadOnlyTable(RegistryKind lock) {
        Registry registry = lock.create();

        assertThrows(UnsupportedOperationException.class, () -> registry.query(map -> map.put("item-0", 1L)));
    }
}
