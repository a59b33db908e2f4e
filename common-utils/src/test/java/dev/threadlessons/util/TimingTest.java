package dev.threadlessons.util;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

class TimingTest {

    @Test
    void timedReturnsTheTaskResultAndANonNegativeWallTime() {
        var timed = Timing.timed(() -> 6 * 7);
        assertEquals(42, timed.result());
        assertFalse(timed.elapsed().isNegative());
    }

    @Test
    void elapsedIncludesTimeSpentWaitingNotOnlyComputing() throws InterruptedException {
        var neverOpened = new CountDownLatch(1);
        var elapsed = Timing.elapsed(() -> neverOpened.await(50, TimeUnit.MILLISECONDS));
        assertTrue(elapsed.toMillis() >= 50, "waited " + elapsed);
    }

    @Test
    void aCheckedExceptionFromTheTaskReachesTheCallerUnchanged() {
        var failure = new InterruptedException("stop");
        var thrown = assertThrows(InterruptedException.class, () -> Timing.elapsed(() -> {
            throw failure;
        }));
        assertSame(failure, thrown);
    }
}
