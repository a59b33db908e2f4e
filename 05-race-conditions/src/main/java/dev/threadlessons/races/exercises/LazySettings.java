package dev.threadlessons.races.exercises;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Exercise 05-1: lazy initialisation that makes one object, not two. {@link #get()} makes the
 * settings the first time it is called and hands the same object out ever after. As it is, it is
 * check-then-act: two threads that both find no settings yet both make one, and each goes on with
 * its own. Make {@link #get()} make exactly one, whatever the threads do.
 *
 * <p>Grade it: {@code mvn -pl 05-race-conditions test -Pexercises}. Lincheck then tries two
 * threads' calls in many orders and prints the schedule that makes a second one, if there is one.
 * Compare with {@code UnsafeLazyInitializer}, and lesson 06's locks, afterwards.
 *
 * <p>Thread-safety: not yet; that is the exercise.
 */
public class LazySettings {

    /** The settings; {@code serial} says how many were made before and with this one. */
    public record Settings(int serial) {
    }

    /** Counts the settings ever made, so that a second one shows. */
    protected final AtomicInteger made = new AtomicInteger();
    private Settings settings;

    /** The settings, made on the first call. */
    public Settings get() {
        // TODO: the check and the making must be one step that no other thread can cut into.
        if (settings == null) {
            settings = new Settings(made.incrementAndGet());
        }
        return settings;
    }
}
