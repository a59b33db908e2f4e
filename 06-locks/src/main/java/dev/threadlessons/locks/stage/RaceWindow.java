package dev.threadlessons.locks.stage;

import dev.threadlessons.locks.UnsafeAccount;

/**
 * The gap between a check and the act that depends on it, where lesson 05's races happened. The
 * accounts of this lesson call {@link #pause()} inside that gap, so that a demo or a test can hold
 * a thread there and show what the other threads do meanwhile: with a lock held across the gap,
 * they wait at the door; without one (the {@link UnsafeAccount}) they walk in.
 *
 * <p>This call, with the field and the constructor parameter that bring the window in, is all
 * that the lesson's accounts have for the demo: in real code the gap is just the time between two
 * statements. Lesson 05 has the same interface; this lesson
 * keeps its own copy so that it builds and runs when copied out alone.
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
