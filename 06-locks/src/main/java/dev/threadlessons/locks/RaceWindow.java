package dev.threadlessons.locks;

/**
 * The gap between a check and the act that depends on it, where lesson 05's races happened. The
 * accounts of this lesson call {@link #pause()} inside that gap, so that a demo or a test can hold
 * a thread there and show what the other threads do meanwhile: with a lock held across the gap,
 * they wait at the door; without one (the {@link UnsafeAccount}) they walk in.
 *
 * <p>Thread-safety: an implementation is called by many threads at once and must allow it.
 */
@FunctionalInterface
public interface RaceWindow {

    /** Called by a thread that is inside the gap; may hold it there for a while. */
    void pause();

    /** A window that holds no one. */
    static RaceWindow noPause() {
        return () -> {
        };
    }
}
