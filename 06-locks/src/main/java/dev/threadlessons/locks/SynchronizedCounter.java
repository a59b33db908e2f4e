package dev.threadlessons.locks;

/**
 * The counter fixed with {@code synchronized} methods: every object in Java has a built-in lock
 * (its monitor), and a {@code synchronized} method holds the monitor of {@code this} from its
 * first line to its last, even when it throws. Python's closest equivalent is a method whose whole
 * body is inside {@code with self._lock:}.
 *
 * <p>Thread-safety: thread-safe. {@code count} is guarded by {@code this}: at most one thread at
 * a time is inside {@link #increment()} or {@link #get()}, so the read and the write of
 * {@code count++} can no longer be separated. Happens-before: releasing a monitor
 * happens-before every later acquire of the same monitor, so each thread sees the count the
 * previous one left, and {@link #get()} sees every completed increment.
 *
 * <p>The lock is public in effect: any code can {@code synchronized (counter)} on this object and
 * hold up every increment. {@link SynchronizedBlockCounter} keeps its lock private.
 */
public final class SynchronizedCounter implements Counter {

    /** Guarded by this. */
    private long count;

    @Override
    public synchronized void increment() {
        count++;
    }

    @Override
    public synchronized long get() {
        return count;
    }
}
