package dev.threadlessons.deadlock;

import dev.threadlessons.deadlock.stage.BetweenLocks;

/**
 * Locks the account it takes money from, then the account it gives money to. Two transfers in
 * opposite directions, 1 to 2 and 2 to 1, can each take their first lock and then wait forever
 * for the other's: a deadlock. All four Coffman conditions hold here; the comments in
 * {@link #transfer} point at each.
 *
 * <p>Broken on purpose: not safe to call from many threads. Each single transfer is atomic (both
 * balances change under both locks), but concurrent transfers in opposite directions may deadlock.
 * It waits with {@link java.util.concurrent.locks.ReentrantLock#lockInterruptibly()}, so a
 * deadlocked thread can still be interrupted: it gives up, releases its first lock and ends.
 * With {@code synchronized} it could not (see the README).
 */
public final class DeadlockingTransfer implements Transfer {

    private final BetweenLocks betweenLocks;

    /** A transfer that asks for its second lock at once: deadlocks only now and then. */
    public DeadlockingTransfer() {
        this(BetweenLocks.NOTHING);
    }

    /** A transfer staged by {@code betweenLocks}, for a deadlock on every run. */
    public DeadlockingTransfer(BetweenLocks betweenLocks) {
        this.betweenLocks = betweenLocks;
    }

    // tag::transfer[]
    @Override
    public boolean transfer(Account from, Account to, long amount) throws InterruptedException {
        Transfer.validate(from, to, amount);
        // Mutual exclusion: an AccountLock has at most one owner, every other thread waits.
        from.lock().lockInterruptibly();
        try {
            betweenLocks.pause();
            // Hold and wait: still holding `from`, the thread waits here for `to`.
            // Circular wait: the lock order follows the direction of the transfer, so the
            // transfer from 2 to 1 holds 2 and waits for 1 while this one holds 1 and waits for 2.
            to.lock().lockInterruptibly();
            try {
                return from.moveTo(to, amount);
            } finally {
                to.lock().unlock();
            }
        } finally {
            // No preemption: only the owner releases `from`, here; nothing can take it away
            // while the owner waits above (unlock() from another thread throws).
            from.lock().unlock();
        }
    }
    // end::transfer[]
}
