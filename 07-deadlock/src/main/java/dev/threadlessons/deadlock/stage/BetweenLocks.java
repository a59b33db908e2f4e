package dev.threadlessons.deadlock.stage;

/**
 * What a two-lock transfer does after taking its first lock and before asking for the second:
 * nothing in real use ({@link #NOTHING}); in the lesson's staged runs, wait for a latch so that
 * both threads hold their first lock before either asks for its second. That moment is the
 * worst possible interleaving, and staging it makes a deadlock that happens now and then happen
 * on every run. The call {@code betweenLocks.pause()} in the two-lock transfers is the only line
 * of the lesson's package that exists for the demo and the tests.
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
