package dev.threadlessons.benchmarks;

import dev.threadlessons.locks.Counter;

/**
 * The counter with no guard at all, measured as the floor under every other variant: what an
 * increment costs when nothing makes it safe. Lesson 05's {@code UnsafeCounter}, behind lesson
 * 06's {@link Counter} interface so that the same benchmark body drives it.
 *
 * <p>Not thread-safe. {@code count++} is a read, an add and a write, and two threads can read
 * the same value and both write it plus one: updates are lost, more of them the harder the
 * threads hammer. No happens-before links the threads' writes either. Exact only when a single
 * thread increments it, or when {@link #get()} is called after joining every incrementing thread
 * and only one of them ever ran.
 */
public final class UnsynchronizedCounter implements Counter {

    /** Not guarded by anything: that is the bug this counter stands for. */
    private long count;

    @Override
    public void increment() {
        count++;
    }

    @Override
    public long get() {
        return count;
    }
}
