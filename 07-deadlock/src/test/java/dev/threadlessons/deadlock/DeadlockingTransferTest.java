package dev.threadlessons.deadlock;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.threadlessons.util.ThreadListing;

import dev.threadlessons.deadlock.stage.Deadlock;
import dev.threadlessons.deadlock.stage.DeadlockDetector;
import dev.threadlessons.deadlock.stage.ForcedDeadlock;

class DeadlockingTransferTest {

    private static final Duration WITHIN = Duration.ofSeconds(10);

    private Bank bank;
    private ForcedDeadlock forced;

    @BeforeEach
    void startTwoTransfersInOppositeDirections() {
        bank = Bank.open(2, 100);
        forced = ForcedDeadlock.start(bank.account(1), bank.account(2), 10);
    }

    @AfterEach
    void breakTheDeadlock() throws InterruptedException {
        forced.interruptBoth(WITHIN);
    }

    @Test
    void theJvmDetectsTheDeadlockAndReportsExactlyItsTwoThreads() throws InterruptedException {
        Optional<Deadlock> deadlock = DeadlockDetector.awaitDeadlock(WITHIN);

        assertTrue(deadlock.isPresent(), "no deadlock found within " + WITHIN);
        assertEquals(Set.of("transfer-1-to-2", "transfer-2-to-1"), deadlock.get().names());
    }

    @Test
    void aProgramWatchingOnlyItsOwnThreadsSeesTheDeadlockOnlyIfOneOfThemIsInIt()
            throws InterruptedException {
        var deadlock = DeadlockDetector.awaitDeadlock(WITHIN).orElseThrow();

        assertEquals(Optional.empty(), deadlock.among(List.of(Thread.currentThread())));
        assertEquals(Set.of("transfer-2-to-1"),
                deadlock.among(List.of(forced.threads().get(1))).orElseThrow().names());
    }

    @Test
    void eachThreadHoldsOneAccountLockAndWaitsForTheLockTheOtherHolds() {
        Thread forward = forced.threads().get(0);
        Thread backward = forced.threads().get(1);

        await().atMost(WITHIN).until(() -> waitsFor(forward, backward) && waitsFor(backward, forward));

        assertEquals(Optional.of(forward), bank.account(1).lock().owner());
        assertEquals(Optional.of(backward), bank.account(2).lock().owner());
        assertEquals(List.of(backward), List.copyOf(bank.account(1).lock().waiting()));
        assertEquals(List.of(forward), List.copyOf(bank.account(2).lock().waiting()));
    }

    private static boolean waitsFor(Thread waiter, Thread owner) {
        var row = ThreadListing.of(waiter);
        return row.state() == Thread.State.WAITING && row.lockOwnerId() == owner.getId();
    }

    @Test
    void theJvmNamesTheLockEachThreadHoldsAsTheOneTheOtherWaitsFor() throws InterruptedException {
        var deadlock = DeadlockDetector.awaitDeadlock(WITHIN).orElseThrow();
        var forward = deadlock.threads().stream().filter(t -> t.name().equals("transfer-1-to-2"))
                .findFirst().orElseThrow();
        var backward = deadlock.threads().stream().filter(t -> t.name().equals("transfer-2-to-1"))
                .findFirst().orElseThrow();

        assertEquals(List.of(backward.row().lockName()), forward.holds());
        assertEquals(List.of(forward.row().lockName()), backward.holds());
        assertTrue(forward.row().lockName().startsWith("java.util.concurrent.locks.ReentrantLock"),
                forward.row().lockName());
    }

    @Test
    void anotherThreadCannotTakeAwayALockThatADeadlockedThreadHolds() throws InterruptedException {
        DeadlockDetector.awaitDeadlock(WITHIN).orElseThrow();

        var lock = bank.account(1).lock();
        assertThrows(IllegalMonitorStateException.class, lock::unlock);
        assertEquals(Optional.of(forced.threads().get(0)), lock.owner());
    }
}
