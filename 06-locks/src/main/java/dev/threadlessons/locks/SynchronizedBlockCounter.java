package dev.threadlessons.locks;

/**
 * The counter fixed with a {@code synchronized} block on a private lock object: the same monitor
 * mechanism as {@link SynchronizedCounter}, but the lock is a field no other code can reach, and
 * the block can be as small as the part that needs it. This is the closest Java has to Python's
 * {@code with self._lock:}; the monitor is released when the block ends, normally or by an
 * exception.
 *
 * <p>Thread-safety: thread-safe. {@code count} is guarded by {@code lock}. Happens-before: the
 * end of one {@code synchronized (lock)} block happens-before the start of every later block on
 * the same object.
 */
public final class SynchronizedBlockCounter implements Counter {

    /** A plain object used only for its monitor; private, so no outside code can hold it. */
    private final Object lock = new Object();
    /** Guarded by lock. */
    private long count;

    @Override
    public void increment() {
        synchronized (lock) {
            count++;
        }
    }

    @Override
    public long get() {
        synchronized (lock) {
            return count;
        }
    }
}
