package dev.threadlessons.deadlock.stage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CountDownLatch;

import org.junit.jupiter.api.Test;

import dev.threadlessons.deadlock.Bank;
import dev.threadlessons.deadlock.CoarseLockTransfer;
import dev.threadlessons.deadlock.DeadlockingTransfer;
import dev.threadlessons.deadlock.Transfer;

class TransferWorkloadTest {

    @Test
    void aDeadlockAmongTheTellersIsReportedAndTheTellersAreInterruptedAndEnd()
            throws InterruptedException {
        var bank = Bank.open(2, 100);
        var bothHoldTheirFirstLock = new CountDownLatch(2);
        var deadlocking = new DeadlockingTransfer(() -> {
            bothHoldTheirFirstLock.countDown();
            bothHoldTheirFirstLock.await();
        });
        // Whatever pair the workload picks, teller-1 goes from 1 to 2 and teller-2 the other way.
        Transfer opposite = (from, to, amount) -> Thread.currentThread().getName().equals("teller-1")
                ? deadlocking.transfer(bank.account(1), bank.account(2), amount)
                : deadlocking.transfer(bank.account(2), bank.account(1), amount);

        var outcome = new TransferWorkload(2, 10).run(opposite, bank, Duration.ofSeconds(40));

        assertFalse(outcome.finished());
        assertEquals(Set.of("teller-1", "teller-2"), outcome.deadlock().orElseThrow().names());
        // Interrupting one teller frees the other, which may then do a few transfers before its
        // own interrupt arrives; but never all of them, or there would have been no deadlock.
        assertTrue(outcome.done() < outcome.planned(), "done " + outcome.done());
        assertTrue(outcome.moneyConserved());
        assertFalse(bank.account(1).lock().isLocked());
        assertFalse(bank.account(2).lock().isLocked());
    }

    @Test
    void aRunThatOutlivesItsLimitIsStoppedAndReportedUnfinished() throws InterruptedException {
        var bank = Bank.open(3, 100);
        var never = new CountDownLatch(1);
        Transfer stuckWithoutADeadlock = (from, to, amount) -> {
            never.await();
            return false;
        };

        var outcome = new TransferWorkload(3, 30).run(stuckWithoutADeadlock, bank, Duration.ofMillis(200));

        assertFalse(outcome.finished());
        assertTrue(outcome.deadlock().isEmpty());
        assertEquals(0, outcome.done());
        assertEquals(30, outcome.planned());
    }

    @Test
    void theTransfersAreSharedAmongTheTellersWithNoneLost() throws InterruptedException {
        var bank = Bank.open(3, 1_000);

        var outcome = new TransferWorkload(4, 1_001).run(new CoarseLockTransfer(), bank, Duration.ofSeconds(40));

        assertTrue(outcome.finished());
        assertEquals(1_001, outcome.done());
        assertEquals(3_000, outcome.totalAfter());
    }
}
