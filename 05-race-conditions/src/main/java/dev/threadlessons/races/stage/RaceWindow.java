package dev.threadlessons.races.stage;

/**
 * The gap between a check (or a read) and the act (or the write) that depends on it: the place
 * where a race condition happens. The broken classes of this lesson call {@link #pause()} inside
 * that gap, the one line in each of them that exists for the demo and the tests, so that they
 * can hold threads there and make the race happen on every run instead of now and then.
 *
 * <p>Real code has the same gap; it is only too short to hit on purpose. {@link #noPause()} is
 * that case: the classes then run exactly like their unhooked versions.
 *
 * <p>Thread-safety: an implementation is called by many threads at once and must allow it.
 */
@FunctionalInterface
public interface RaceWindow {

    /** Called by a thread that is inside the gap; may hold it there for a while. */
    void pause();

    /** A window that holds no one: the race is possible, but left to chance. */
    static RaceWindow noPause() {
        return () -> {
        };
    }
}
