package dev.threadlessons.races;

import org.jetbrains.lincheck.datastructures.Operation;
import org.junit.jupiter.api.Test;

import dev.threadlessons.testing.ModelCheck;

/**
 * Lincheck's model checker, given only the counter's two operations, finds the lost update by
 * itself and prints the interleaving that {@link SteppedCounter} forces by hand: one thread reads
 * the count, the other runs a whole increment, the first writes back what it had computed.
 *
 * <p>Public, with {@code @Operation} methods, because Lincheck creates this class anew for every
 * run and calls the operations on its threads.
 */
// tag::operations[]
public class UnsafeCounterModelCheckTest {

    private final UnsafeCounter counter = new UnsafeCounter();

    @Operation
    public void increment() {
        counter.increment();
    }

    @Operation
    public long get() {
        return counter.get();
    }

    @Test
    void theModelCheckerFindsTheLostUpdateReadThenSwitchThenAStaleWrite() {
        ModelCheck.Report report = ModelCheck.assertNotLinearizable(UnsafeCounterModelCheckTest.class);

        // One thread reads 0 and is switched out; the other's whole increment runs; the first
        // writes 1 over the other's 1: two increments, a count of 1.
        report.assertInterleavingShows("count ➜ 0", "switch", "increment()", "count = 1", "get(): 1");
    }
}
// end::operations[]
