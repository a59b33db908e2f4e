package dev.threadlessons.locks;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.threadlessons.locks.stage.Amounts;
import dev.threadlessons.locks.stage.RaceWindow;

/**
 * The account fixed with {@code synchronized}: {@link #withdraw(long)} holds the monitor of
 * {@code this} from the check to the act, so a second customer waits at the door (its thread is
 * {@code BLOCKED}) until the first has paid out, then checks the balance that is really left.
 *
 * <p>{@link #withdrawAll()} is {@code synchronized} and calls the {@code synchronized}
 * {@link #balance()} and {@link #withdraw(long)}: the thread already holds the monitor and takes
 * it again. Monitors are reentrant, so this works; with Python's {@code threading.Lock} the same
 * shape would deadlock the thread on itself, and needs {@code threading.RLock}.
 *
 * <p>Thread-safety: thread-safe. {@code balance} is guarded by {@code this}. The race window is
 * inside the monitor, so holding a thread there holds the lock too.
 */
public final class SynchronizedAccount implements Account {

    private static final Logger LOG = LoggerFactory.getLogger(SynchronizedAccount.class);

    private final RaceWindow window;
    /** Guarded by this. */
    private long balance;

    /** An account holding {@code openingBalance}, pausing withdrawals in {@code window}. */
    public SynchronizedAccount(long openingBalance, RaceWindow window) {
        this.balance = Amounts.openingBalance(openingBalance);
        this.window = window;
    }

    // tag::withdraw[]
    @Override
    public synchronized boolean withdraw(long amount) {
        Amounts.amount(amount);
        if (balance < amount) {
            LOG.info("balance {} is less than {}: declined", balance, amount);
            return false;
        }
        LOG.info("balance {} covers {}: approved", balance, amount);
        window.pause(); // the demo's hook: may hold this thread here
        balance -= amount;
        LOG.info("paid out {}, balance now {}", amount, balance);
        return true;
    }
    // end::withdraw[]

    /** Empties the account and returns what it paid out; takes the monitor it already holds again. */
    public synchronized long withdrawAll() {
        long all = balance();
        if (all > 0) {
            withdraw(all);
        }
        return all;
    }

    @Override
    public synchronized long balance() {
        return balance;
    }
}
