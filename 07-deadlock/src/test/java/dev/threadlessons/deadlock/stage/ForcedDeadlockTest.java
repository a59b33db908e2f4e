package dev.threadlessons.deadlock.stage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.threadlessons.deadlock.Bank;

class ForcedDeadlockTest {

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
        assertTrue(forced.interruptBoth(WITHIN), "a transfer thread did not end after its interrupt");
    }

    @Test
    void aWaitOfLessThanAMillisecondIsRefusedBecauseJoinOfZeroWouldWaitForEver() throws InterruptedException {
        for (Duration tooShort : new Duration[] {Duration.ZERO, Duration.ofNanos(999_999), Duration.ofMillis(-1)}) {
            var refused = assertThrows(IllegalArgumentException.class, () -> forced.interruptBoth(tooShort));
            assertEquals("the time to wait must be 1 ms or more, not " + tooShort, refused.getMessage());
            assertThrows(IllegalArgumentException.class, () -> forced.breakByInterruptingVictim(tooShort));
        }
        assertTrue(DeadlockDetector.awaitDeadlock(WITHIN).isPresent(), "a refused call interrupts nobody");
    }

    @Test
    void aWaitOfOneMillisecondIsAccepted() throws InterruptedException {
        DeadlockDetector.awaitDeadlock(WITHIN).orElseThrow();

        // Whether both threads end within 1 ms is a race; that the call is taken is not.
        forced.breakByInterruptingVictim(Duration.ofMillis(1));
    }

    @Test
    void interruptingTheVictimEndsTheDeadlockAndTheOtherTransferCompletes() throws InterruptedException {
        DeadlockDetector.awaitDeadlock(WITHIN).orElseThrow();

        assertTrue(forced.breakByInterruptingVictim(WITHIN), "a deadlocked thread did not end");

        assertEquals(Set.of("transfer-2-to-1"), forced.gaveUp());
        assertEquals(Set.of("transfer-1-to-2"), forced.completed());
        assertFalse(bank.account(1).lock().isLocked());
        assertFalse(bank.account(2).lock().isLocked());
        assertEquals(90, bank.account(1).balance());
        assertEquals(110, bank.account(2).balance());
        assertEquals(Optional.empty(), DeadlockDetector.find());
    }

    @Test
    void theBankViewNamesEachAccountLockHeldAndAwaited() throws InterruptedException {
        var deadlock = DeadlockDetector.awaitDeadlock(WITHIN).orElseThrow();

        var lines = forced.explain(deadlock);

        assertEquals(2, lines.size());
        assertTrue(lines.stream().anyMatch(line -> line.startsWith(
                "transfer-1-to-2 holds account-1's lock and waits for account-2's lock")), lines::toString);
        assertTrue(lines.stream().anyMatch(line -> line.startsWith(
                "transfer-2-to-1 holds account-2's lock and waits for account-1's lock")), lines::toString);
    }

    @Test
    void theDeadlockedThreadsAreDaemonsSoTheyCannotKeepTheJvmAlive() {
        assertTrue(forced.threads().stream().allMatch(Thread::isDaemon));
    }
}
