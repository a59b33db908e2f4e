package dev.threadlessons.races.exercises;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.jetbrains.lincheck.datastructures.Operation;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import dev.threadlessons.testing.Exercise;
import dev.threadlessons.testing.ModelCheck;

/**
 * Grades exercise 05-1, {@link LazySettings#get()}: on one thread it makes the settings once and
 * hands the same object out; on two threads Lincheck's model checker finds no schedule in which a
 * second one is made. Run it with {@code mvn -pl 05-race-conditions test -Pexercises}.
 */
@Tag(Exercise.TAG)
public class LazySettingsExerciseTest {

    private static LazySettings lazy() {
        return Exercise.create(LazySettings.class, LazySettings.class, new Class<?>[0]);
    }

    @Test
    void oneThreadGetsTheSameSettingsEveryTime() {
        var lazy = lazy();

        var first = lazy.get();

        assertEquals(1, first.serial(), "the first call makes the first settings");
        assertSame(first, lazy.get(), "every later call must hand out the same object");
    }

    /** What Lincheck calls: {@code get()}, answering which settings it got. Public: Lincheck creates it. */
    public static final class Operations {
        private final LazySettings lazy = lazy();

        @Operation
        public int get() {
            return lazy.get().serial();
        }
    }

    @Test
    void noScheduleOfTwoThreadsMakesASecondOne() {
        try {
            // No calls before the two threads begin: one there would make the settings on its
            // own, and the race to make them first could not happen.
            ModelCheck.options().actorsBefore(0).check(Operations.class);
        } catch (AssertionError second) {
            throw new AssertionError("Lincheck found a schedule in which a thread got settings number 2: both threads"
                    + " found no settings yet and both made one. The check and the making must be one step (one lock"
                    + " around both). The schedule it found:\n" + second.getMessage(), second);
        }
    }
}
