package dev.threadlessons.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

class StartingLineTest {

    @Test
    void oneStartSendsEveryRunnerOff() throws InterruptedException {
        var start = new Event();

        var starts = StartingLine.race(start, 5, Duration.ZERO);

        assertEquals(5, starts.size());
        assertEquals(5, starts.stream().map(StartingLine.Start::runner).collect(Collectors.toSet()).size());
        assertTrue(start.isSet());
    }

    @Test
    void aLateRunnerGivesUpOnAClearedEvent() throws InterruptedException {
        var start = new Event();
        start.set();

        assertFalse(StartingLine.lateRunner(start, Duration.ofMillis(50)));
        assertFalse(start.isSet());
    }
}
