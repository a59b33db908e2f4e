package dev.threadlessons.benchmarks;

import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * One benchmark thread's place in the read-mostly load of {@link ReadMostlyBenchmark}: of every
 * {@code writeEvery} operations, one is a write and the others are reads, and successive
 * operations move through the table's names so that they do not all touch one entry.
 *
 * <p>Each thread keeps its own turn count, so the mix is exact per thread without any
 * coordination between threads.
 *
 * <p>Thread-safety: confined to one benchmark thread ({@link Scope#Thread}); not thread-safe,
 * and it need not be.
 */
@State(Scope.Thread)
public class ReadWriteMix {

    /** Confined to the owning benchmark thread. */
    private long turns;

    /** Moves to the next operation. */
    void advance() {
        turns++;
    }

    /** Whether the current operation is a write, when one operation in {@code writeEvery} is. */
    boolean isWrite(int writeEvery) {
        return turns % writeEvery == 0;
    }

    /** The table slot the current operation touches. */
    int slot() {
        return (int) (turns % ReadKind.ENTRIES);
    }

    /** How many operations this thread has made. */
    long turns() {
        return turns;
    }
}
