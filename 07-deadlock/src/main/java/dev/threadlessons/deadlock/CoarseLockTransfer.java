package dev.threadlessons.deadlock;

import java.util.concurrent.locks.ReentrantLock;

import dev.threadlessons.deadlock.stage.BetweenLocks;

/**
 * Fix 3, removes the second lock: one lock for the whole bank, taken for every transfer. A
 * thread holds at most one lock and never waits for another while holding it, so hold and wait,
 * and with it any cycle, cannot happen. The price: transfers between unrelated accounts (1 to 2
 * and 3 to 4) also take turns, so no two transfers are ever in progress at once.
 *
 * <p>Thread-safety: thread-safe and deadlock-free. Every balance of the accounts it moves is
 * guarded by {@code bankLock}; the accounts' own locks are not used.
 */
public final class CoarseLockTransfer implements Transfer {

    private final ReentrantLock bankLock = new ReentrantLock();
    private final BetweenLocks betweenLocks;

    public CoarseLockTransfer() {
        this(BetweenLocks.NOTHING);
    }

    /**
     * A transfer staged by {@code betweenLocks}, called while the bank lock is held, to show who
     * waits for it.
     */
    public CoarseLockTransfer(BetweenLocks betweenLocks) {
        this.betweenLocks = betweenLocks;
    }

    // tag::transfer[]
    @Override
    public boolean transfer(Account from, Account to, long amount) throws InterruptedException {
        Transfer.validate(from, to, amount);
        bankLock.lockInterruptibly();
        try {
            // Where a two-lock transfer asks for its second lock, this one already holds all it needs.
            betweenLocks.pause();
            return from.moveTo(to, amount);
        } finally {
            bankLock.unlock();
        }
    }
    // end::transfer[]
}
