package dev.threadlessons.locks;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.threadlessons.locks.stage.Amounts;
import dev.threadlessons.util.Durations;

/**
 * An account whose customers need not wait forever: {@link #tryWithdraw(long, Duration)} waits
 * for the lock at most {@code patience} with {@link ReentrantLock#tryLock(long, TimeUnit)}, and
 * gives up if another thread holds it that long, such as a slow {@link #audit(Auditor)}. Python's
 * {@code lock.acquire(timeout=0.2)}, which also returns {@code False} when time runs out. A
 * monitor ({@code synchronized}) cannot do this: a thread waits for it as long as it takes.
 *
 * <p>Only a successful {@code tryLock} is followed by {@code try/finally unlock()}; after a
 * failed one the thread holds nothing, and unlocking would throw
 * {@link IllegalMonitorStateException}.
 *
 * <p>Thread-safety: thread-safe. {@code balance} is guarded by {@code lock}.
 */
public final class TimedLockAccount implements Account {

    private static final Logger LOG = LoggerFactory.getLogger(TimedLockAccount.class);

    /** What became of a withdrawal that was willing to wait only so long. */
    public enum Outcome { PAID, DECLINED, GAVE_UP }

    /** Work done with the lock held, such as inspecting the books; it may wait, and be interrupted. */
    @FunctionalInterface
    public interface Auditor {
        void inspect(long balance) throws InterruptedException;
    }

    private final ReentrantLock lock = new ReentrantLock();
    /** Guarded by lock. */
    private long balance;

    /** An account holding {@code openingBalance}. */
    public TimedLockAccount(long openingBalance) {
        this.balance = Amounts.openingBalance(openingBalance);
    }

    /** Takes {@code amount} out if the balance covers it, waiting for the lock at most {@code patience}. */
    // tag::tryWithdraw[]
    public Outcome tryWithdraw(long amount, Duration patience) throws InterruptedException {
        Amounts.amount(amount);
        if (patience.isNegative()) {
            throw new IllegalArgumentException("patience must not be negative, was " + patience);
        }
        if (!lock.tryLock(patience.toNanos(), TimeUnit.NANOSECONDS)) {
            LOG.info("gave up after {}: another thread holds the lock", Durations.format(patience));
            return Outcome.GAVE_UP;
        }
        try {
            return payOut(amount);
        } finally {
            lock.unlock();
        }
    }
    // end::tryWithdraw[]

    /** Takes {@code amount} out if the balance covers it, waiting for the lock as long as it takes. */
    @Override
    public boolean withdraw(long amount) {
        Amounts.amount(amount);
        lock.lock();
        try {
            return payOut(amount) == Outcome.PAID;
        } finally {
            lock.unlock();
        }
    }

    /** Runs {@code auditor} with the balance while holding the lock: no withdrawal until it is done. */
    public void audit(Auditor auditor) throws InterruptedException {
        lock.lock();
        try {
            auditor.inspect(balance);
        } finally {
            lock.unlock();
        }
    }

    @Override
    public long balance() {
        lock.lock();
        try {
            return balance;
        } finally {
            lock.unlock();
        }
    }

    /** Whether some thread holds the lock now; for watching, not for deciding anything. */
    public boolean isLocked() {
        return lock.isLocked();
    }

    /** Called with the lock held. */
    private Outcome payOut(long amount) {
        if (balance < amount) {
            LOG.info("balance {} is less than {}: declined", balance, amount);
            return Outcome.DECLINED;
        }
        balance -= amount;
        LOG.info("paid out {}, balance now {}", amount, balance);
        return Outcome.PAID;
    }
}
