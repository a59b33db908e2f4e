package dev.threadlessons.util;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class DurationsTest {

    @Test
    void eachDurationIsShownInTheUnitThatReadsBestWithThreeSignificantDigits() {
        assertEquals("80 ns", Durations.format(Duration.ofNanos(80)));
        assertEquals("12.5 µs", Durations.format(Duration.ofNanos(12_500)));
        assertEquals("250 ms", Durations.format(Duration.ofMillis(250)));
        assertEquals("1.23 s", Durations.format(Duration.ofMillis(1_234)));
        assertEquals("61.0 s", Durations.format(Duration.ofSeconds(61)));
    }

    @Test
    void speedupIsTheRatioOfTheBaselineToTheFasterTime() {
        assertEquals("4.0x", Durations.speedup(Duration.ofMillis(1_200), Duration.ofMillis(300)));
        assertEquals("0.5x", Durations.speedup(Duration.ofMillis(100), Duration.ofMillis(200)));
    }

    @Test
    void negativeDurationsAndZeroDivisorsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> Durations.format(Duration.ofMillis(-1)));
        assertThrows(IllegalArgumentException.class,
                () -> Durations.speedup(Duration.ofMillis(1), Duration.ZERO));
    }
}
