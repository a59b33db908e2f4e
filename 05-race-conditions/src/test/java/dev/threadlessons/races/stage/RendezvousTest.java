package dev.threadlessons.races.stage;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import dev.threadlessons.testing.TestThreads;
import dev.threadlessons.testing.TestThreads.Started;
import dev.threadlessons.testing.ThreadWaits;

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
    void holdsEveryThreadUntilTheLastArrivesThenResetsForTheNextRound() throws InterruptedException {
        var rendezvous = new Rendezvous(3);
        var passed = new AtomicInteger();
        Started<Void> first = TestThreads.run("worker-1", () -> passTwice(rendezvous, passed));
        Started<Void> second = TestThreads.run("worker-2", () -> passTwice(rendezvous, passed));
        try {
            ThreadWaits.untilParkedOn("ConditionObject", List.of(first.thread(), second.thread()));
            assertEquals(0, passed.get(), "two of three arrived: nobody may pass yet");

            rendezvous.pause();                 // the third party: the barrier trips for all three
            await().atMost(TestThreads.PATIENCE).until(() -> passed.get() == 2);
            ThreadWaits.untilParkedOn("ConditionObject", List.of(first.thread(), second.thread()));
            assertEquals(2, passed.get(), "both passed round one and wait again: the barrier reset itself");

            rendezvous.pause();                 // round two
        } finally {
            first.result();
            second.result();
        }
        assertEquals(4, passed.get());
    }

    private static void passTwice(Rendezvous rendezvous, AtomicInteger passed) {
        rendezvous.pause();
        passed.incrementAndGet();
        rendezvous.pause();
        passed.incrementAndGet();
    }
}
