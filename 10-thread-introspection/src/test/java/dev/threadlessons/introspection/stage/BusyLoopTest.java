package dev.threadlessons.introspection.stage;

import static dev.threadlessons.testing.TestThreads.PATIENCE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import dev.threadlessons.testing.TestThreads;

/** A busy loop keeps its thread RUNNABLE until told to stop, and never longer than its limit. */
class BusyLoopTest {

    @Test
    void aSpinningThreadIsRunnableUntilToldToStop() throws InterruptedException {
        var loop = new BusyLoop(Duration.ofMinutes(1));
        var spinner = TestThreads.run("busy-worker", loop::run).thread();
        try {
            assertTrue(loop.awaitSpinning(PATIENCE));
            assertEquals(Thread.State.RUNNABLE, spinner.getState());
        } finally {
            loop.requestStop();
            spinner.join();
        }
        assertFalse(loop.hitLimit(), "it ended because it was told to");
    }

    @Test
    void aLoopNobodyStopsEndsAtItsLimit() throws InterruptedException {
        var loop = new BusyLoop(Duration.ofMillis(20));
        var spinner = TestThreads.run("forgotten-worker", loop::run).thread();
        spinner.join();
        assertTrue(loop.hitLimit());
        // The clock is read every 1024th turn, so the limit can end the loop no sooner.
        assertTrue(loop.iterations() >= 1024, "turns: " + loop.iterations());
    }

    @Test
    void aLimitMustBePositive() {
        var e = assertThrows(IllegalArgumentException.class, () -> new BusyLoop(Duration.ZERO));
        assertEquals("limit must be positive: PT0S", e.getMessage());
    }
}
