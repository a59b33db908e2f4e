package dev.threadlessons.semaphores.exercises;

import java.util.concurrent.locks.ReentrantLock;

/**
 * Exercise 08-1: the release of a bounded semaphore. {@link #tryAcquire()} and
 * {@link #availablePermits()} are done; write {@link #release()}: give one permit back, or throw
 * {@link IllegalStateException} and change nothing if every permit is back already (Python's
 * {@code BoundedSemaphore} raises {@code ValueError} there).
 *
 * <p>The trap: checking {@code availablePermits()} first and releasing afterwards is two steps,
 * and two threads can both see room for one more and both release. Grade it with
 * {@code mvn -pl 08-semaphores test -Pexercises}; compare with {@code BoundedSemaphore.release}
 * afterwards.
 *
 * <p>Thread-safety: {@code available} is guarded by {@code lock}; {@link #release()} is not safe
 * yet, that is the exercise.
 */
public class BoundedRelease {

    /** The most permits there can be, and the count to start with. */
    public static final int MAX_PERMITS = 2;

    protected final ReentrantLock lock;
    /** Guarded by lock. */
    protected int available = MAX_PERMITS;

    /** A semaphore with all {@link #MAX_PERMITS} permits free. */
    public BoundedRelease() {
        this(new ReentrantLock());
    }

    /** The same, guarded by {@code lock}: the grading test holds it to make two releases meet. */
    public BoundedRelease(ReentrantLock lock) {
        this.lock = lock;
    }

    /** Takes a permit if one is free right now. */
    public boolean tryAcquire() {
        lock.lock();
        try {
            if (available == 0) {
                return false;
            }
            available--;
            return true;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Gives back one permit.
     *
     * @throws IllegalStateException if all {@link #MAX_PERMITS} permits are back already; the
     *                               count is then left as it was
     */
    public void release() {
        // TODO: check the count against MAX_PERMITS and add the permit in one step, under the lock.
        throw new UnsupportedOperationException("exercise 08-1: release() is yours to write");
    }

    /** The permits free at this moment. */
    public int availablePermits() {
        lock.lock();
        try {
            return available;
        } finally {
            lock.unlock();
        }
    }
}
