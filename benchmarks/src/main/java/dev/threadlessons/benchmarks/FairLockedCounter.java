package dev.threadlessons.benchmarks;

import java.util.concurrent.locks.ReentrantLock;

import dev.threadlessons.locks.Counter;
import dev.threadlessons.locks.LockedCounter;

/**
 * Lesson 06's {@link LockedCounter} with a fair {@link ReentrantLock}: a thread that asks for the
 * lock while others wait joins the back of the queue, instead of grabbing the lock if it happens
 * to be free at that instant (barging, which the default unfair lock allows).
 *
 * <p>Fairness has a price under contention: every hand-over goes to a thread that is parked and
 * must first be woken and scheduled, while the thread that just released the lock, still running
 * on its core, is not allowed to take it again. Without contention there is nobody to be fair
 * to, and it costs about what the unfair lock costs.
 *
 * <p>Thread-safety: thread-safe. {@code count} is guarded by {@code lock}. Happens-before: an
 * {@code unlock()} happens-before every later successful {@code lock()} of the same lock.
 */
public final class FairLockedCounter implements Counter {

    private final ReentrantLock lock = new ReentrantLock(true);
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
