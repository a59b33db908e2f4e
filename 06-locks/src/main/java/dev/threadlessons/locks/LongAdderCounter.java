package dev.threadlessons.locks;

import java.util.concurrent.atomic.LongAdder;

/**
 * The counter fixed with a {@link LongAdder}: instead of one variable that every thread fights
 * over, it keeps a base and, once threads collide on it, a table of cells; a thread whose update
 * collides moves to another cell, and {@link #get()} adds them all up. The table grows only up to
 * the next power of two at or above the number of CPUs (JDK source,
 * {@code java.util.concurrent.atomic.Striped64}, {@code NCPU}): increments scale with the CPUs
 * that really run at once, not with the number of threads. On 2 CPUs, 8 threads share 2 cells.
 * Reads cost more: the right choice for statistics written often and read now and then.
 *
 * <p>Thread-safety: thread-safe, lock-free; {@code count} guards itself. {@link #get()} is exact
 * once the incrementing threads have finished (joined), which is how this lesson uses it; while
 * they still run, it is a moment's approximation, because the cells are summed one after the
 * other, not as one atomic snapshot ({@link LongAdder#sum()}).
 */
public final class LongAdderCounter implements Counter {

    private final LongAdder count = new LongAdder();

    @Override
    public void increment() {
        count.increment();
    }

    @Override
    public long get() {
        return count.sum();
    }
}
