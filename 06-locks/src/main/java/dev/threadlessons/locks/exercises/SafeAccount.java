package dev.threadlessons.locks.exercises;

import dev.threadlessons.locks.Account;

/**
 * Exercise 06-2: an account that two customers cannot overdraw. {@link #withdraw} checks the
 * balance, then takes the money out: two steps, and a second customer who checks between them
 * sees money that is about to go (lesson 05's overdraft). Make the check and the act one step
 * that no other withdrawal can cut into, with one of this lesson's locks, and read the balance
 * under the same lock.
 *
 * <p>Grade it: {@code mvn -pl 06-locks test -Pexercises}. Compare with
 * {@code SynchronizedAccount} and {@code LockedAccount} afterwards.
 *
 * <p>Thread-safety: not yet; that is the exercise.
 */
public class SafeAccount implements Account {

    private long balance;

    /** An account holding {@code openingBalance}. */
    public SafeAccount(long openingBalance) {
        this.balance = openingBalance;
    }

    @Override
    public boolean withdraw(long amount) {
        // TODO: one lock around the check and the act together.
        if (balance < amount) {
            return false;
        }
        balance -= amount;
        return true;
    }

    @Override
    public long balance() {
        // TODO: the same lock.
        return balance;
    }
}
