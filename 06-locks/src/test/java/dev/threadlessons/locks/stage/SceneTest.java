package dev.threadlessons.locks.stage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import dev.threadlessons.locks.LockedAccount;
import dev.threadlessons.locks.SynchronizedAccount;
import dev.threadlessons.locks.TimedLockAccount;
import dev.threadlessons.locks.UnsafeAccount;

class SceneTest {

    @Test
    void withoutALockBothCustomersArePaidAndTheSecondNeverWaits() throws InterruptedException {
        var outcome = CheckThenActScene.play(window -> new UnsafeAccount(100, window));

        assertEquals(new CheckThenActScene.Outcome(160, -60, Thread.State.TERMINATED), outcome);
    }

    @Test
    void underSynchronizedTheSecondCustomerIsBlockedAndDeclined() throws InterruptedException {
        var outcome = CheckThenActScene.play(window -> new SynchronizedAccount(100, window));

        assertEquals(new CheckThenActScene.Outcome(80, 20, Thread.State.BLOCKED), outcome);
    }

    @Test
    void underAReentrantLockTheSecondCustomerWaitsAndIsDeclined() throws InterruptedException {
        var outcome = CheckThenActScene.play(window -> new LockedAccount(100, window));

        assertEquals(new CheckThenActScene.Outcome(80, 20, Thread.State.WAITING), outcome);
    }

    @Test
    void lockWatchGivesUpWithAMessageWhenTheMomentNeverComes() {
        var e = assertThrows(IllegalStateException.class,
                () -> LockWatch.await(() -> false, Duration.ofMillis(20), "nothing"));
        assertEquals("waited 20.0 ms for nothing", e.getMessage());
    }

    @Test
    void theReadWriteSceneHasThreeReadersTogetherAndAWaitingWriter() throws InterruptedException {
        assertEquals(new ReadWriteScene.Outcome(3, Thread.State.WAITING, 270), ReadWriteScene.play());
    }

    @Test
    void theReentrancySceneSeesTheLockHeldTwiceInsideAndNotAtAllAfter() throws InterruptedException {
        assertEquals(new ReentrancyScene.Outcome(100, 2, 0), ReentrancyScene.play());
    }

    @Test
    void theTryLockSceneGivesUpDuringTheAuditAndIsPaidAfterIt() throws InterruptedException {
        TryLockScene.Outcome outcome = TryLockScene.play();

        assertEquals(TimedLockAccount.Outcome.GAVE_UP, outcome.duringAudit());
        assertTrue(outcome.waited().compareTo(TryLockScene.PATIENCE) >= 0, outcome.waited().toString());
        assertEquals(TimedLockAccount.Outcome.PAID, outcome.afterAudit());
    }
}
