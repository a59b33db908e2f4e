package dev.threadlessons.locks;

import java.util.concurrent.locks.ReentrantLock;

/**
 * The counter fixed with an explicit {@link ReentrantLock}: Python's {@code lock.acquire()} and
 * {@code lock.release()}, with the release in {@code finally} so that an exception can never
 * leave the lock held. Java has no {@code with} statement for locks; {@code lock(); try { ... }
 * finally { unlock(); }} is the idiom, and {@code lock()} goes before {@code try}: if it were
 * inside and failed, {@code finally} would unlock a lock this thread does not hold.
 *
 * <p>More ceremony than {@code synchronized}, in exchange for what a monitor cannot do: give up
 * after a timeout ({@link TimedLockAccount}), be interrupted while waiting, be fair, or tell how
 * many times its owner holds it ({@link LockedAccount}).
 *
 * <p>Thread-safety: thread-safe. {@code count} is guarded by {@code lock}. Happens-before: an
 * {@code unlock()} happens-before every later successful {@code lock()} of the same lock, exactly
 * like a monitor.
 */
public final class LockedCounter implements Counter {

    private final ReentrantLock lock = new ReentrantLock();
    /** Guarded by lock. */
    private long count;

    @Override
    public void increment() {
        lock.lock();
        try {
            count++;
        } finally {
            lock.unlock();
        }
    }

    @Override
    public long get() {
        lock.lock();
        try {
            return count;
        } finally {
            lock.unlock();
        }
    }
}
