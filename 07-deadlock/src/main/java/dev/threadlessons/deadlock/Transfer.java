package dev.threadlessons.deadlock;

/**
 * Moves money from one {@link Account} to another, atomically: another transfer never sees one
 * balance changed and the other not. The strategies differ only in how they lock:
 * {@link DeadlockingTransfer} (the broken one), {@link OrderedTransfer}, {@link TryLockTransfer}
 * and {@link CoarseLockTransfer} (three fixes).
 *
 * <p>Thread-safety: every implementation may be called from many threads at once.
 */
@FunctionalInterface
public interface Transfer {

    /**
     * Moves {@code amount} from {@code from} to {@code to}; returns {@code false}, moving
     * nothing, when {@code from} holds less than that.
     *
     * @throws InterruptedException     when the thread is interrupted while it waits for a lock;
     *                                  nothing was moved and no lock is left held
     * @throws IllegalArgumentException when {@code from} and {@code to} are the same account or
     *                                  the amount is not positive
     */
    boolean transfer(Account from, Account to, long amount) throws InterruptedException;

    /** How the demo names this strategy. */
    default String name() {
        return getClass().getSimpleName();
    }

    /** The checks every strategy makes before it takes any lock. */
    static void validate(Account from, Account to, long amount) {
        if (from.id() == to.id()) {
            throw new IllegalArgumentException("a transfer needs two different accounts; both are "
                    + from);
        }
        if (amount <= 0) {
            throw new IllegalArgumentException("the amount must be positive; was " + amount);
        }
    }
}
