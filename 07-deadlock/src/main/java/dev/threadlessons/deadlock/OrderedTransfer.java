package dev.threadlessons.deadlock;

import dev.threadlessons.deadlock.stage.BetweenLocks;

/**
 * Fix 1, breaks circular wait: every transfer locks the account with the lower id first,
 * whatever the direction of the money. The transfer from 2 to 1 then also starts with account 1,
 * so of two opposite transfers one gets account 1 and the other waits for it while holding
 * nothing. A cycle of waits would need some thread to hold a higher id while waiting for a lower
 * one, and no thread ever does that.
 *
 * <p>Thread-safety: thread-safe and deadlock-free among transfers that all use it, provided the
 * ids of distinct accounts differ (a {@link Bank} guarantees that). The balances are guarded by
 * the two accounts' locks, both held while money moves.
 */
public final class OrderedTransfer implements Transfer {

    private final BetweenLocks betweenLocks;

    public OrderedTransfer() {
        this(BetweenLocks.NOTHING);
    }

    /** A transfer staged by {@code betweenLocks}, to show who waits for what. */
    public OrderedTransfer(BetweenLocks betweenLocks) {
        this.betweenLocks = betweenLocks;
    }

    // tag::transfer[]
    @Override
    public boolean transfer(Account from, Account to, long amount) throws InterruptedException {
        Transfer.validate(from, to, amount);
        Account first = from.id() < to.id() ? from : to;
        Account second = first == from ? to : from;
        first.lock().lockInterruptibly();
        try {
            betweenLocks.pause();
            second.lock().lockInterruptibly();
            try {
                return from.moveTo(to, amount);
            } finally {
                second.lock().unlock();
            }
        } finally {
            first.lock().unlock();
        }
    }
    // end::transfer[]
}
