package dev.threadlessons.locks;

import java.util.concurrent.atomic.AtomicLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.threadlessons.locks.stage.Amounts;
import dev.threadlessons.locks.stage.RaceWindow;

/**
 * Lesson 05's broken account, kept here as the baseline that the locked accounts fix (a copy,
 * so that this lesson builds and runs when copied out alone).
 *
 * <p>Not thread-safe, on purpose. The balance is an {@link AtomicLong}, so each step is atomic on
 * its own; but the check and the act are two steps, and another customer can pass the same check
 * before this one pays out. Atomic steps do not help here; a lock held across both steps does.
 */
public final class UnsafeAccount implements Account {

    private static final Logger LOG = LoggerFactory.getLogger(UnsafeAccount.class);

    /** Each step is atomic; nothing guards the check and the act together. */
    private final AtomicLong balance;
    private final RaceWindow window;

    /** An account holding {@code openingBalance}, pausing withdrawals in {@code window}. */
    public UnsafeAccount(long openingBalance, RaceWindow window) {
        this.balance = new AtomicLong(Amounts.openingBalance(openingBalance));
        this.window = window;
    }

    // tag::withdraw[]
    @Override
    public boolean withdraw(long amount) {
        Amounts.amount(amount);
        long seen = balance.get();
        if (seen < amount) {
            LOG.info("balance {} is less than {}: declined", seen, amount);
            return false;
        }
        LOG.info("balance {} covers {}: approved", seen, amount);
        window.pause(); // the demo's hook: may hold this thread here
        LOG.info("paid out {}, balance now {}", amount, balance.addAndGet(-amount));
        return true;
    }
    // end::withdraw[]

    @Override
    public long balance() {
        return balance.get();
    }
}
