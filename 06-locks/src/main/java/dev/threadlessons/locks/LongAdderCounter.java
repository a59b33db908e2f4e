package dev.threadlessons.locks;

import java.util.concurrent.atomic.LongAdder;

/**
 * The counter fixed with a {@link LongAdder}: instead of one variable that every thread fights
 * over, it keeps several cells and lets contending threads add to different ones; {@link #get()}
 * adds the cells up. Increments scale with the number of threads, reads cost more: the right
 * choice for statistics written often and read now and then.
 *
 * <p>Thread-safety: thread-safe, lock-free; {@code count} guards itself. {@link #get()} is exact
 * once the incrementing threads have finished (joined), which is how this lesson uses it; while
 * they still run, it is a moment's approximation, because the cells are summed one after the
 * other, not as one atomic snapshot.
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
