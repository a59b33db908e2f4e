package dev.threadlessons.deadlock.stage;

/**
 * What a two-lock transfer does after taking its first lock and before asking for the second:
 * nothing in real use ({@link #NOTHING}); in the lesson's staged runs, wait for a latch so that
 * both threads hold their first lock before either asks for its second. That moment is the
 * worst possible interleaving, and staging it makes a deadlock that happens now and then happen
 * on every run. {@code CoarseLockTransfer}, which has only one lock, calls it after taking that
 * lock, where the others would ask for their second. The scheduler game's levels stop a teller
 * there until the player lets it go on ({@link TryLockLevel} on a teller's first try only). The
 * calls {@code betweenLocks.pause()} in the transfers are the only lines of the lesson's package
 * that exist for the demo and the tests.
 *
 * <p>Thread-safety: implementations are called from many threads at once.
 */
@FunctionalInterface
public interface BetweenLocks {

    /** Does nothing: the transfer asks for its second lock at once. */
    BetweenLocks NOTHING = () -> { };

    /** Called while the first lock is held. */
    void pause() throws InterruptedException;
}
