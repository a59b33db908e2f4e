package dev.threadlessons.races;

import java.util.concurrent.atomic.AtomicLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.threadlessons.races.stage.RaceWindow;
import dev.threadlessons.races.stage.Rendezvous;

/**
 * A bank account whose {@link #withdraw(long)} checks the balance, then takes the money out:
 * check-then-act. Two customers with 80 each to withdraw from 100 can both pass the check before
 * either takes the money, and the bank pays out 160 from an account that held 100.
 *
 * <p>Not thread-safe, on purpose. The balance is an {@link AtomicLong}, so that each step on its
 * own is atomic and visible, there is no data race (JLS 17.4.5) and the lost update of
 * {@link UnsafeCounter} plays no part here. It is still a race condition (Java Concurrency in
 * Practice, 2.2): the check and the act are two steps, and another thread's act can come between
 * them. The {@link RaceWindow} sits in that gap, so that a {@link Rendezvous} can make the
 * overdraft happen on every run. Lesson 06 fixes it by holding one lock across both steps.
 */
public final class UnsafeAccount {

    private static final Logger LOG = LoggerFactory.getLogger(UnsafeAccount.class);

    /** Each step is atomic; nothing guards the check and the act together. */
    private final AtomicLong balance;
    private final RaceWindow window;

    /** An account holding {@code openingBalance} (zero or more), pausing withdrawals in {@code window}. */
    public UnsafeAccount(long openingBalance, RaceWindow window) {
        if (openingBalance < 0) {
            throw new IllegalArgumentException("opening balance must not be negative, was " + openingBalance);
        }
        this.balance = new AtomicLong(openingBalance);
        this.window = window;
    }

    /**
     * Takes {@code amount} (more than zero) out if the balance covers it.
     *
     * @return whether the withdrawal was approved and paid out
     */
    // tag::withdraw[]
    public boolean withdraw(long amount) {
        if (amount <= 0) {
            throw new IllegalArgumentException("amount must be positive, was " + amount);
        }
        long seen = balance.get();                      // check ...
        if (seen < amount) {
            LOG.info("balance {} is less than {}: declined", seen, amount);
            return false;
        }
        LOG.info("balance {} covers {}: approved", seen, amount);
        window.pause();                                 // the one line for the demo: holds the thread here
        long after = balance.addAndGet(-amount);        // ... then act, on a balance that may have changed
        LOG.info("paid out {}, balance now {}", amount, after);
        return true;
    }
    // end::withdraw[]

    /** The balance now. */
    public long balance() {
        return balance.get();
    }
}
