package dev.threadlessons.locks;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import dev.threadlessons.locks.TimedLockAccount.Outcome;
import dev.threadlessons.locks.stage.NamedTask;
import dev.threadlessons.util.Timing;

class TimedLockAccountTest {

    private static final Duration PATIENCE = Duration.ofMillis(100);

    @Test
    void tryLockGivesUpAfterItsPatienceWhileAnotherThreadHoldsTheLock() throws InterruptedException {
        var account = new TimedLockAccount(100);
        var auditMayEnd = new CountDownLatch(1);
        NamedTask<Void> auditor = NamedTask.start("auditor", () -> {
            account.audit(balance -> auditMayEnd.await(10, TimeUnit.SECONDS));
            return null;
        });
        try {
            Thread holder = auditor.thread();
            await().atMost(Duration.ofSeconds(10))
                    .until(() -> account.isLocked() && holder.getState() == Thread.State.TIMED_WAITING);

            var attempt = Timing.timed(() -> account.tryWithdraw(30, PATIENCE));

            assertEquals(Outcome.GAVE_UP, attempt.result());
            assertTrue(attempt.elapsed().compareTo(PATIENCE) >= 0, "waited its patience first: " + attempt.elapsed());
        } finally {
            auditMayEnd.countDown();
            auditor.thread().join();
        }
        auditor.join();
        assertEquals(100, account.balance(), "the attempt that gave up took nothing");
    }

    @Test
    void tryLockSucceedsAtOnceWhenNobodyHoldsTheLock() throws InterruptedException {
        var account = new TimedLockAccount(100);

        assertEquals(Outcome.PAID, account.tryWithdraw(30, Duration.ZERO));
        assertEquals(70, account.balance());
    }

    @Test
    void tryLockDeclinesWhenTheBalanceIsShort() throws InterruptedException {
        var account = new TimedLockAccount(20);

        assertEquals(Outcome.DECLINED, account.tryWithdraw(30, PATIENCE));
        assertEquals(20, account.balance());
    }

    @Test
    void rejectsNegativePatience() {
        var account = new TimedLockAccount(100);

        var e = assertThrows(IllegalArgumentException.class,
                () -> account.tryWithdraw(30, Duration.ofMillis(-1)));
        assertEquals("patience must not be negative, was PT-0.001S", e.getMessage());
    }

    @Test
    void rejectsAnAmountThatIsNotPositive() {
        var account = new TimedLockAccount(100);

        var e = assertThrows(IllegalArgumentException.class, () -> account.tryWithdraw(-5, PATIENCE));
        assertEquals("amount must be positive, was -5", e.getMessage());
    }
}
