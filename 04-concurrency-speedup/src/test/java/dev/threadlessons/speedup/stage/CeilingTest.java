package dev.threadlessons.speedup.stage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CeilingTest {

    @Test
    void equalWaitsOnFewerThreadsThanTasksGoInWavesAndTheCeilingIsARealQuotient() {
        assertEquals(8.0, Ceiling.waits(8, 8));
        assertEquals(8.0, Ceiling.waits(8, 100), "more threads than tasks cannot help");
        assertEquals(8.0 / 3, Ceiling.waits(8, 3), 1e-12, "three waves: 3 + 3 + 2");
        assertEquals(1.0, Ceiling.waits(8, 1));
    }

    @Test
    void computingIsCappedByTheSmallestOfTasksThreadsAndCores() {
        assertEquals(2.0, Ceiling.computing(8, 8, 2));
        assertEquals(2.0, Ceiling.computing(2, 16, 16), "two tasks on sixteen cores");
        assertEquals(3.0, Ceiling.computing(8, 3, 16), "a pool of three");
        assertEquals(1.0, Ceiling.computing(8, 8, 1), "one core");
        assertThrows(IllegalArgumentException.class, () -> Ceiling.computing(0, 1, 1));
    }

    @Test
    void aSpeedupIsDisturbedOnlyWhenItPrintsAboveItsCeiling() {
        assertFalse(new Figure("a", 2.04, 2.0).disturbed(), "prints as 2.0x, within 2.0x");
        assertTrue(new Figure("a", 2.06, 2.0).disturbed(), "prints as 2.1x, above 2.0x");
        // Decided on the printed digits, so that the line and the flag never disagree.
        var edge = new Figure("a", 2.05, 2.0);
        assertTrue(edge.describe().startsWith("speed-up 2.1x, ceiling 2.0x: DISTURBED"), edge.describe());
        assertTrue(edge.disturbed());
        assertTrue(new Figure("a", 2.4, 2.0).describe().startsWith("speed-up 2.4x, ceiling 2.0x: DISTURBED (above"
                + " what is possible, so not a result; load average "));
        assertEquals("speed-up 1.9x, ceiling 2.0x", new Figure("a", 1.9, 2.0).describe());
    }

    @Test
    void noTasksNoThreadsOrNoCoresAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> Ceiling.waits(0, 1));
        assertThrows(IllegalArgumentException.class, () -> Ceiling.waits(1, 0));
        var noCores = assertThrows(IllegalArgumentException.class, () -> Ceiling.computing(1, 1, 0));
        assertEquals("need at least 1, was 0 and 1", noCores.getMessage());
    }

    @Test
    void aSpeedupIsAtItsCeilingOnlyWhenBothPrintTheSame() {
        assertTrue(new Figure("a", 1.96, 2.0).atCeiling(), "prints as 2.0x, as the ceiling does");
        assertFalse(new Figure("a", 1.9, 2.0).atCeiling());
    }
}
