package dev.threadlessons.locks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;

import org.junit.jupiter.api.Test;

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
}
