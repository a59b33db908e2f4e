package dev.threadlessons.locks.stage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class HoldFirstArrivalTest {

    @Test
    void holdsTheFirstThreadUntilReleasedAndLetsLaterOnesPass() throws InterruptedException {
        var window = new HoldFirstArrival();
        NamedTask<String> first = NamedTask.start("first", () -> {
            window.pause();
            return "released";
        });
        try {
            assertSame(first.thread(), window.awaitArrival(Duration.ofSeconds(10)));
            // A later arrival is not held: it returns at once, on this very thread.
            window.pause();
            assertTrue(first.thread().isAlive(), "the first is still held");
        } finally {
            window.release();
            first.thread().join();
        }
        assertEquals("released", first.join());
    }

    @Test
    void waitingForAnArrivalThatNeverComesFailsWithAMessage() {
        var window = new HoldFirstArrival();

        var e = assertThrows(IllegalStateException.class, () -> window.awaitArrival(Duration.ofMillis(50)));
        assertEquals("no thread entered the race window within 50.0 ms", e.getMessage());
    }

    @Test
    void anInterruptedHeldThreadLeavesWithItsInterruptFlagSet() {
        var window = new HoldFirstArrival();
        Thread.currentThread().interrupt();

        var e = assertThrows(IllegalStateException.class, window::pause);
        assertEquals("interrupted while held in the race window", e.getMessage());
        assertTrue(Thread.interrupted(), "interrupt flag restored (and now cleared)");
    }
}
