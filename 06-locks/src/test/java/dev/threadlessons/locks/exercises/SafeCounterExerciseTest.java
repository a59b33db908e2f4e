package dev.threadlessons.locks.exercises;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.jetbrains.lincheck.datastructures.Operation;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import dev.threadlessons.locks.Counter;
import dev.threadlessons.testing.Exercise;
import dev.threadlessons.testing.ModelCheck;

/**
 * Grades exercise 06-1, {@link SafeCounter}: it counts one thread's increments, and Lincheck's
 * model checker finds no schedule of two threads that loses one. Run it with
 * {@code mvn -pl 06-locks test -Pexercises}.
 */
@Tag(Exercise.TAG)
public class SafeCounterExerciseTest {

    /** What Lincheck calls, on a counter made anew for every run. Public: Lincheck creates it. */
    public static final class Operations {
        private final Counter counter = Exercise.create(Counter.class, SafeCounter.class, new Class<?>[0]);

        @Operation
        public void increment() {
            counter.increment();
        }

        @Operation
        public long get() {
            return counter.get();
        }
    }

    @Test
    void oneThreadsIncrementsAreAllCounted() {
        Counter counter = Exercise.create(Counter.class, SafeCounter.class, new Class<?>[0]);
        for (int i = 0; i < 3; i++) {
            counter.increment();
        }
        assertEquals(3, counter.get(), "three increments on one thread must count 3");
    }

    @Test
    void noScheduleOfTwoThreadsLosesAnIncrement() {
        try {
            ModelCheck.assertLinearizable(Operations.class);
        } catch (AssertionError lost) {
            throw new AssertionError("Lincheck found a schedule in which two threads' increments give a count no"
                    + " one-at-a-time order gives: an increment was lost, because another thread ran between its"
                    + " read and its write. Put the read, the add and the write under one lock (and read the count"
                    + " under the same lock). The schedule it found:\n" + lost.getMessage(), lost);
        }
    }
}
