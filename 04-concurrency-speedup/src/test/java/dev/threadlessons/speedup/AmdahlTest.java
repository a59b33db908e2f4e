package dev.threadlessons.speedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class AmdahlTest {

    @Test
    void aProgramThatIsNinetyFivePercentParallelGainsLessAndLessPerCore() {
        assertEquals(1.905, Amdahl.speedup(0.95, 2), 0.001);
        assertEquals(5.926, Amdahl.speedup(0.95, 8), 0.001);
        assertEquals(19.6, Amdahl.speedup(0.95, 1_000), 0.1, "never more than 1 / (1 - 0.95) = 20x");
    }

    @Test
    void aMeasuredSpeedupTellsTheParallelFractionBack() {
        for (double parallel : new double[] {0, 0.5, 0.9, 0.99, 1}) {
            assertEquals(parallel, Amdahl.parallelFraction(Amdahl.speedup(parallel, 2), 2), 1e-9);
            assertEquals(parallel, Amdahl.parallelFraction(Amdahl.speedup(parallel, 16), 16), 1e-9);
        }
    }

    @Test
    void noisyMeasurementsOutsideTheLawAreKeptWithinZeroAndOne() {
        assertEquals(1, Amdahl.parallelFraction(2.2, 2), "faster than the core count: noise");
        assertEquals(0, Amdahl.parallelFraction(0.9, 2), "slower than one core: overhead");
    }

    @Test
    void rejectsArgumentsOutsideTheLaw() {
        assertThrows(IllegalArgumentException.class, () -> Amdahl.speedup(1.5, 2));
        assertThrows(IllegalArgumentException.class, () -> Amdahl.speedup(0.5, 0));
        var oneCore = assertThrows(IllegalArgumentException.class, () -> Amdahl.parallelFraction(1, 1));
        assertEquals("need a positive speedup and at least 2 workers, was 1.0 and 1", oneCore.getMessage());
    }

    @Test
    void theEdgesOfTheLawAreAccepted() {
        assertEquals(1.0, Amdahl.speedup(0, 1), 1e-9, "nothing parallel: no gain");
        assertEquals(1.0, Amdahl.speedup(1, 1), 1e-9, "one worker: no gain");
        assertEquals(4.0, Amdahl.speedup(1, 4), 1e-9, "all parallel: as many times as workers");
        assertEquals(1.0, Amdahl.parallelFraction(2, 2), 1e-9, "twice as fast on two cores: all parallel");
    }
}
