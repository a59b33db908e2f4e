package dev.threadlessons.semaphores.stage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class OccupancyGaugeTest {

    @Test
    void countsWhoIsInsideAndRemembersThePeak() {
        var gauge = new OccupancyGauge();

        assertEquals(1, gauge.enter());
        assertEquals(2, gauge.enter());
        assertEquals(1, gauge.leave());
        assertEquals(2, gauge.enter());
        assertEquals(1, gauge.leave());

        assertEquals(1, gauge.inside());
        assertEquals(2, gauge.peak());
    }

    @Test
    void leavingWithoutEnteringIsRejectedAndLeavesTheCountAlone() {
        var gauge = new OccupancyGauge();

        var error = assertThrows(IllegalStateException.class, gauge::leave);

        assertEquals("leave() without a matching enter(): nobody is inside", error.getMessage());
        assertEquals(0, gauge.inside());
    }
}
