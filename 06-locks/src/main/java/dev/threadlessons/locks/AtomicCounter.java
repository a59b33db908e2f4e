package dev.threadlessons.locks;

import java.util.concurrent.atomic.AtomicLong;

/**
 * The counter fixed without a lock: {@link AtomicLong#incrementAndGet()} reads, adds and writes
 * in one indivisible step (a single compare-and-set instruction on the CPU, retried if another
 * thread got there first). No thread ever waits for another to leave a critical section; under
 * heavy contention the retries are what it pays instead. Python's standard library has no
 * equivalent; there, a counter shared by threads takes a lock.
 *
 * <p>Works only while the whole update is one operation on one variable. Two related variables,
 * or a check followed by an act, still need a lock (see {@link UnsafeAccount}).
 *
 * <p>Thread-safety: thread-safe, lock-free. {@code count} guards itself. Happens-before: an
 * atomic update happens-before every later read that sees its value (the effects of a
 * {@code volatile} write and read).
 */
public final class AtomicCounter implements Counter {

    private final AtomicLong count = new AtomicLong();

    @Override
    public void increment() {
        count.incrementAndGet();
    }

    @Override
    public long get() {
        return count.get();
    }
}
