package dev.threadlessons.locks.exercises;

import dev.threadlessons.locks.Counter;

/**
 * Exercise 06-1: a counter that loses no increment. As it is, {@code count++} is three steps
 * (read, add, write), and two threads that read the same value both write it back plus one: one
 * increment is lost (lesson 05). Make {@link #increment()} and {@link #get()} safe for any number
 * of threads, with one of this lesson's locks.
 *
 * <p>Grade it: {@code mvn -pl 06-locks test -Pexercises}. Lincheck then tries the increments and
 * reads of two threads in many orders and prints the schedule that loses one, if there is one.
 * Compare with {@code SynchronizedCounter} and {@code LockedCounter} afterwards.
 *
 * <p>Thread-safety: not yet; that is the exercise.
 */
public class SafeCounter implements Counter {

    private long count;

    @Override
    public void increment() {
        // TODO: read, add and write as one step that no other thread can cut into.
        count++;
    }

    @Override
    public long get() {
        // TODO: read the count under the same lock, so that a reader sees the last increment.
        return count;
    }
}
