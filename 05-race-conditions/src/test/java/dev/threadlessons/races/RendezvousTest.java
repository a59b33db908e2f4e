package dev.threadlessons.races;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import dev.threadlessons.util.Workers;

class RendezvousTest {

    @Test
    void rejectsFewerThanTwoThreads() {
        var e = assertThrows(IllegalArgumentException.class, () -> new Rendezvous(1));
        assertEquals("a rendezvous needs at least 2 threads, was 1", e.getMessage());
    }

    @Test
    void rejectsPatienceThatIsNotPositive() {
        var e = assertThrows(IllegalArgumentException.class, () -> new Rendezvous(2, Duration.ZERO));
        assertEquals("patience must be positive, was PT0S", e.getMessage());
    }

    @Test
    void aThreadLeftAloneGivesUpAfterItsPatienceInsteadOfHanging() {
        var rendezvous = new Rendezvous(2, Duration.ofMillis(100));

        var e = assertThrows(IllegalStateException.class, rendezvous::pause);
        assertEquals("not all 2 threads reached the race window within 100 ms", e.getMessage());
    }

    @Test
    void anInterruptedThreadLeavesWithItsInterruptFlagSet() {
        var rendezvous = new Rendezvous(2);
        Thread.currentThread().interrupt();

        var e = assertThrows(IllegalStateException.class, rendezvous::pause);
        assertEquals("interrupted while waiting in the race window", e.getMessage());
        assertTrue(Thread.interrupted(), "interrupt flag restored (and now cleared)");
    }

    @Test
    void releasesEveryThreadOnceAllHaveArrivedRoundAfterRound() throws InterruptedException {
        var rendezvous = new Rendezvous(3);

        // Each worker passes twice: the barrier resets itself after each round.
        Workers.run("worker", 3, worker -> {
            rendezvous.pause();
            rendezvous.pause();
        });
    }
}
