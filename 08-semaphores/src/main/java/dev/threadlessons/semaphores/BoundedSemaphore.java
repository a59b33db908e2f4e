package dev.threadlessons.semaphores;

import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A counting semaphore with an upper bound: Python's {@code threading.BoundedSemaphore} in Java.
 * It starts with {@code permits} permits, which is also its maximum, and a release that would take
 * the count above that maximum throws {@link IllegalStateException} and changes nothing: no permit
 * is added and no waiter is woken.
 *
 * <pre>{@code
 * var connections = new BoundedSemaphore(3);
 * connections.acquire();              // Python: with connections:
 * try {
 *     useTheConnection();
 * } finally {
 *     connections.release();
 * }
 * }</pre>
 *
 * <p><b>What the bound catches, and what it does not.</b> {@link java.util.concurrent.Semaphore}
 * has no bound at all: a {@code release()} without a matching {@code acquire()} silently adds a
 * permit ("There is no requirement that a thread that releases a permit must have acquired that
 * permit", its Javadoc says). This class, like Python's, only compares the count with its maximum;
 * Python's documentation says its bounded semaphore "checks to make sure its current value doesn't
 * exceed its initial value". It does not know who holds a permit. So an extra release is refused
 * only when it would push the count above the maximum, that is, while every permit is back. An
 * extra release while some permits are out is accepted without a word: with 3 permits and two
 * holders, one holder releasing twice leaves 3 free while the other still holds one, so a fourth
 * thread gets in for three resources; and it is the other holder's correct release, later, that
 * throws. An exception from {@code release()} therefore means that some release was one too many,
 * not necessarily this one. To catch every extra release at its cause, keep track of what is out,
 * as {@link ConnectionPool} does with its connections.
 *
 * <p>The bound check and the release are one atomic step, done while holding {@code lock}. Checking
 * {@code availablePermits()} first and releasing afterwards would be two steps, which is the
 * check-then-act race of lesson 05: two threads could both see room for one more permit, and both
 * release. {@link CheckThenReleaseSemaphore} is that broken version, kept for comparison.
 *
 * <p>Waiting threads are woken in no guaranteed order, and a thread arriving just after a release
 * may take the permit before a woken waiter does (like a non-fair {@code Semaphore}); the woken
 * waiter then finds none and waits again.
 *
 * <p>Thread-safety: thread-safe. {@code available} is guarded by {@code lock}; {@code permitAvailable}
 * is signalled, under that lock, once per permit released. Memory effects: actions in a thread
 * before it calls {@code release()} happen-before the actions of a thread after the acquire that
 * takes that permit, because both run while holding {@code lock}.
 */
public final class BoundedSemaphore {

    private final int maxPermits;
    private final ReentrantLock lock;
    private final Condition permitAvailable;
    /** Guarded by lock. */
    private int available;

    /**
     * A semaphore with {@code permits} permits available, which is also the most it can ever have.
     *
     * @throws IllegalArgumentException if {@code permits} is negative
     */
    public BoundedSemaphore(int permits) {
        this(permits, new ReentrantLock());
    }

    /**
     * As {@link #BoundedSemaphore(int)}, guarded by {@code lock}. The tests hold that lock
     * themselves to stage an exact interleaving, such as a release that comes just as a timed
     * acquire runs out of time.
     */
    BoundedSemaphore(int permits, ReentrantLock lock) {
        if (permits < 0) {
            throw new IllegalArgumentException("permits must not be negative, was " + permits);
        }
        this.maxPermits = permits;
        this.available = permits;
        this.lock = lock;
        this.permitAvailable = lock.newCondition();
    }

    /**
     * Takes a permit, waiting until one is available.
     *
     * @throws InterruptedException if interrupted before or while waiting; no permit is taken then
     */
    public void acquire() throws InterruptedException {
        lock.lockInterruptibly();
        try {
            // A loop, not an if: a wake-up may be spurious, or another thread may have taken the
            // permit first. An interrupt never swallows a release's signal: Condition hands the
            // signal to another waiter, so an interrupted acquire strands no permit.
            while (available == 0) {
                permitAvailable.await();
            }
            available--;
        } finally {
            lock.unlock();
        }
    }

    /** Takes a permit if one is available right now; never waits. */
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
     * Takes a permit, waiting at most {@code timeout} for one. A timeout of zero or less only
     * looks, like {@link #tryAcquire()}.
     *
     * @return {@code true} if a permit was taken, {@code false} if the time ran out first
     * @throws InterruptedException if interrupted before or while waiting; no permit is taken then
     * @throws NullPointerException if {@code unit} is null
     */
    public boolean tryAcquire(long timeout, TimeUnit unit) throws InterruptedException {
        Objects.requireNonNull(unit, "unit must not be null");
        long nanos = unit.toNanos(timeout);
        lock.lockInterruptibly();
        try {
            // The count is checked before the time: a waiter whose time ran out while a release
            // signalled it takes the permit. Giving up first would leave that permit free and the
            // signal spent, while another waiter sleeps on.
            while (available == 0) {
                if (nanos <= 0) {
                    return false;
                }
                nanos = permitAvailable.awaitNanos(nanos);
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
     * @throws IllegalStateException if all permits are already available (released too many times;
     *                               an earlier extra release may be the cause, see the class comment)
     */
    public void release() {
        release(1);
    }

    /**
     * Gives back {@code permits} permits at once, waking as many waiters.
     *
     * @throws IllegalArgumentException if {@code permits} is less than 1
     * @throws IllegalStateException    if that would take the count above {@link #maxPermits()};
     *                                  the semaphore is then left exactly as it was
     */
    // tag::release[]
    public void release(int permits) {
        if (permits < 1) {
            throw new IllegalArgumentException("permits to release must be at least 1, was " + permits);
        }
        lock.lock();
        try {
            // Written as a subtraction so that a huge 'permits' cannot overflow the sum.
            if (permits > maxPermits - available) {
                throw new IllegalStateException("semaphore released too many times: releasing "
                        + permits + " would take it from " + available + " to "
                        + ((long) available + permits) + " permits, above its maximum of " + maxPermits);
            }
            available += permits;
            // One signal per permit wakes at most as many waiters as can take one; signalAll would
            // wake every waiter, and all but these would only go back to sleep.
            for (int i = 0; i < permits; i++) {
                permitAvailable.signal();
            }
        } finally {
            lock.unlock();
        }
    }
    // end::release[]

    /** The permits available at this moment; may be stale as soon as it returns. */
    public int availablePermits() {
        lock.lock();
        try {
            return available;
        } finally {
            lock.unlock();
        }
    }

    /** The most permits this semaphore can have: the count it was created with. */
    public int maxPermits() {
        return maxPermits;
    }

    @Override
    public String toString() {
        return "BoundedSemaphore[" + availablePermits() + " of " + maxPermits + " available]";
    }
}
