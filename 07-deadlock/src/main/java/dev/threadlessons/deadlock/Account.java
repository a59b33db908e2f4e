package dev.threadlessons.deadlock;

/**
 * A bank account with an id, a balance and its own lock, the shared resource of this lesson.
 * A transfer changes two balances, so it needs two accounts' worth of exclusion at once: that
 * is where deadlock comes from.
 *
 * <p>Thread-safety: not thread-safe by itself; the {@link Transfer} strategy supplies the
 * locking. The balance is guarded by {@link #lock()} for the strategies that lock accounts one by
 * one ({@link DeadlockingTransfer}, {@link OrderedTransfer}, {@link TryLockTransfer}), and by
 * the one bank-wide lock of {@link CoarseLockTransfer} for that strategy. A set of accounts is
 * therefore moved with one strategy at a time, never two at once. Reading {@link #balance()}
 * after joining the threads that transferred is safe: {@code Thread.join} gives
 * happens-before.
 */
public final class Account {

    private final int id;
    private final AccountLock lock;
    /** Guarded by {@link #lock} or by the strategy's own lock; see the class comment. */
    private long balance;

    public Account(int id, long openingBalance) {
        if (openingBalance < 0) {
            throw new IllegalArgumentException("opening balance must not be negative; was "
                    + openingBalance);
        }
        this.id = id;
        this.lock = new AccountLock(this + "'s lock");
        this.balance = openingBalance;
    }

    /** The id, unique within a {@link Bank}; {@link OrderedTransfer} locks by it. */
    public int id() {
        return id;
    }

    /** The lock that guards this account's balance in the per-account strategies. */
    public AccountLock lock() {
        return lock;
    }

    /** The balance; read it while holding the guarding lock or after the writers were joined. */
    public long balance() {
        return balance;
    }

    /**
     * Moves {@code amount} to {@code to}, or moves nothing and returns {@code false} when this
     * account holds less than that. The caller holds the locks that guard both balances.
     */
    boolean moveTo(Account to, long amount) {
        if (balance < amount) {
            return false;
        }
        balance -= amount;
        to.balance += amount;
        return true;
    }

    @Override
    public String toString() {
        return "account-" + id;
    }
}
