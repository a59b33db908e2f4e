package dev.threadlessons.benchmarks;

import java.util.List;
import java.util.stream.IntStream;

import dev.threadlessons.locks.ReadWriteLockedRegistry.Query;

/**
 * How long a read holds the lock in {@link ReadMostlyBenchmark}, as the values of its
 * {@code read} parameter: a read-write lock pays off only when readers would otherwise wait for
 * each other long enough to matter.
 *
 * <p>Thread-safety: immutable; the questions only read the map they are given.
 */
public enum ReadKind {

    /** One {@code HashMap.get}: a few nanoseconds inside the lock. */
    LOOKUP,
    /** Adds up every value of the table: a loop over all the entries inside the lock. */
    SCAN;

    /** How many names the table holds: {@code item-0} to {@code item-63}. */
    public static final int ENTRIES = 64;

    private static final List<String> NAMES = IntStream.range(0, ENTRIES)
            .mapToObj(i -> "item-" + i)
            .toList();

    /** Made once, so that no read allocates a question of its own. */
    private static final List<Query<Long, RuntimeException>> LOOKUPS = NAMES.stream()
            .<Query<Long, RuntimeException>>map(name -> map -> map.get(name))
            .toList();

    private static final Query<Long, RuntimeException> TOTAL = map -> {
        long sum = 0;
        for (long value : map.values()) {
            sum += value;
        }
        return sum;
    };

    /** The name in {@code slot}, 0 to {@link #ENTRIES} - 1. */
    public static String name(int slot) {
        return NAMES.get(slot);
    }

    /** The read this kind makes when the turn falls on {@code slot}. */
    public Query<Long, RuntimeException> question(int slot) {
        return this == LOOKUP ? LOOKUPS.get(slot) : TOTAL;
    }
}
