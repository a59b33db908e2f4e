package dev.threadlessons.locks;

import java.util.concurrent.locks.ReentrantLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.threadlessons.locks.stage.Amounts;
import dev.threadlessons.locks.stage.RaceWindow;

/**
 * The account fixed with a {@link ReentrantLock} held from the check to the act, released in
 * {@code finally}. A second customer waits at {@code lock()} (its thread is {@code WAITING},
 * parked, where a monitor would show {@code BLOCKED}) until the first has paid out.
 *
 * <p>Reentrancy, Python's {@code RLock}: {@link #withdrawAll()} takes the lock, then calls
 * {@link #balance()} and {@link #withdraw(long)}, which take it again. The lock counts: the
 * owner holds it twice inside, and it is free only after as many {@code unlock()}s as
 * {@code lock()}s. {@link #holdCount()} shows the count, and {@code withdraw} logs it.
 *
 * <p>Thread-safety: thread-safe. {@code balance} is guarded by {@code lock}. Happens-before: an
 * {@code unlock()} happens-before every later {@code lock()} of the same lock.
 */
public final class LockedAccount implements Account {

    private static final Logger LOG = LoggerFactory.getLogger(LockedAccount.class);

    private final ReentrantLock lock = new ReentrantLock();
    private final RaceWindow window;
    /** Guarded by lock. */
    private long balance;

    /** An account holding {@code openingBalance}, pausing withdrawals in {@code window}. */
    public LockedAccount(long openingBalance, RaceWindow window) {
        this.balance = Amounts.openingBalance(openingBalance);
        this.window = window;
    }

    // tag::withdraw[]
    @Override
    public boolean withdraw(long amount) {
        Amounts.amount(amount);
        lock.lock();
        try {
            if (balance < amount) {
                LOG.info("balance {} is less than {}: declined", balance, amount);
                return false;
            }
            LOG.info("balance {} covers {}: approved (this thread holds the lock {}x)",
                    balance, amount, lock.getHoldCount());
            window.pause(); // the demo's hook: may hold this thread here
            balance -= amount;
            LOG.info("paid out {}, balance now {}", amount, balance);
            return true;
        } finally {
            lock.unlock();
        }
    }
    // end::withdraw[]

    /** Empties the account and returns what it paid out; takes the lock it already holds again. */
    public long withdrawAll() {
        lock.lock();
        try {
            long all = balance();
            if (all > 0) {
                withdraw(all);
            }
            return all;
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

    /** How many times the calling thread holds the lock now: 0 outside, 2 inside a nested call. */
    public int holdCount() {
        return lock.getHoldCount();
    }
}
