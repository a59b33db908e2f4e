package dev.threadlessons.locks.stage;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.threadlessons.locks.TimedLockAccount;
import dev.threadlessons.util.Timing.Timed;
import dev.threadlessons.util.Timing;

/**
 * A teller with limited patience: an {@code auditor} holds the {@link TimedLockAccount}'s lock for
 * as long as the audit lasts; a {@code teller} who will wait only {@link #PATIENCE} gives up
 * while the audit runs, and succeeds once it is over. The audit ends only after the teller has
 * given up (a latch), so the outcome does not depend on timing.
 *
 * <p>Thread-safety: stateless; each {@link #play} has its own account and threads.
 */
public final class TryLockScene {

    private static final Logger LOG = LoggerFactory.getLogger(TryLockScene.class);

    /** How long the teller waits for the lock before giving up. */
    public static final Duration PATIENCE = Duration.ofMillis(200);

    /**
     * What happened.
     *
     * @param duringAudit the teller's outcome while the auditor held the lock
     * @param waited      how long that attempt took before it returned
     * @param afterAudit  the teller's outcome once the lock was free
     */
    public record Outcome(TimedLockAccount.Outcome duringAudit, Duration waited,
                          TimedLockAccount.Outcome afterAudit) {
    }

    private TryLockScene() {
    }

    /** Plays the scene once. */
    public static Outcome play() throws InterruptedException {
        var account = new TimedLockAccount(100);
        var auditing = new CountDownLatch(1);
        var auditMayEnd = new CountDownLatch(1);
        NamedTask<Void> auditor = NamedTask.start("auditor", () -> {
            account.audit(balance -> {
                LOG.info("auditing balance {} with the lock held", balance);
                auditing.countDown();
                // Bounded, so that a failed scene cannot leave the auditor holding the lock forever.
                auditMayEnd.await(10, TimeUnit.SECONDS);
            });
            LOG.info("audit done, lock released");
            return null;
        });
        Timed<TimedLockAccount.Outcome> during;
        try {
            if (!auditing.await(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the audit did not start within 10 s");
            }
            during = NamedTask.start("teller",
                    () -> Timing.timed(() -> account.tryWithdraw(30, PATIENCE))).join();
        } finally {
            auditMayEnd.countDown();
            auditor.thread().join();
        }
        auditor.join();
        var after = NamedTask.start("teller", () -> account.tryWithdraw(30, PATIENCE)).join();
        return new Outcome(during.result(), during.elapsed(), after);
    }
}
