package dev.threadlessons.deadlock;

/**
 * What a two-lock transfer does after taking its first lock and before asking for the second:
 * nothing in real use ({@link #NOTHING}); in the lesson's staged runs, wait for a latch so that
 * both threads hold their first lock before either asks for its second. That moment is the
 * worst possible interleaving, and staging it makes a deadlock that happens now and then happen
 * on every run.
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
