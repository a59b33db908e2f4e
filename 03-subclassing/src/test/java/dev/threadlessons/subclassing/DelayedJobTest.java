package dev.threadlessons.subclassing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;

class DelayedJobTest {

    @Test
    void aDelayedJobRunsOnTheTimersThreadNoSoonerThanItsDelay() throws Exception {
        var ran = DelayedJob.runAfter(Duration.ofMillis(100), () -> Words.count("a timer fires once"));

        assertEquals(4, ran.result());
        assertEquals("timer-1", ran.thread());
        assertTrue(ran.startedAfter().compareTo(Duration.ofMillis(100)) >= 0,
                "started after " + ran.startedAfter());
        assertTrue(ran.startedAfter().compareTo(Duration.ofMinutes(1)) < 0,
                "a 100 ms timer that started after " + ran.startedAfter() + " was timed wrong");
    }

    @Test
    void aJobCancelledBeforeItsDelayNeverRuns() throws InterruptedException {
        var ran = new AtomicBoolean();

        boolean cancelled = DelayedJob.cancelBeforeItRuns(Duration.ofMinutes(1), () -> ran.set(true));

        assertTrue(cancelled);
        assertFalse(ran.get(), "the scheduler has ended, so the job can no longer run");
    }

    @Test
    void aCallerInterruptedWhileTheSchedulerEndsKeepsItsInterrupt() {
        Thread.currentThread().interrupt();
        try {
            DelayedJob.cancelBeforeItRuns(Duration.ofMinutes(1), () -> { });
        } finally {
            // Thread.interrupted() also clears the flag, so the next test starts clean.
            assertTrue(Thread.interrupted(), "the interrupt must be kept for the caller, not swallowed");
        }
    }
}
