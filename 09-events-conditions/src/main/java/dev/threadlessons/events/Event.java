package dev.threadlessons.events;

import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A flag that threads can wait for: Python's {@code threading.Event} in Java.
 *
 * <p>It starts unset. {@link #await()} blocks while it is unset; {@link #set()} sets it and wakes
 * every waiting thread; {@link #clear()} unsets it, so that threads arriving later wait again.
 *
 * <pre>{@code
 * var ready = new Event();
 * // worker threads:           // main thread, once the service is up:
 * ready.await();               ready.set();
 * }</pre>
 *
 * <p>Every thread waiting when {@code set()} is called is released, and its {@code await} reports
 * success, even if {@code clear()} follows at once, before the waiter has run again. That is
 * Python's rule: {@code Event.wait} returns {@code True} "if returning because the internal flag
 * is set to true" (Python documentation, {@code threading.Event.wait}), and CPython's own test
 * {@code test_set_and_clear} ({@code Lib/test/lock_tests.py}, gh-57711) checks that it does so
 * when {@code clear()} comes before the waiter has woken. Rechecking
 * only the flag after waking would miss that set: the waiter would find it cleared and go back to
 * sleep. So each {@code set()} also moves a generation counter on, and a waiter returns when the
 * flag is set or the generation has moved since it began to wait.
 *
 * <p>Compared with {@link java.util.concurrent.CountDownLatch}{@code (1)}, which is the JDK's
 * one-shot version of this ({@code countDown()} is {@code set()}): a latch can never be reset,
 * whereas an event can be cleared and set again.
 *
 * <p>Thread-safety: thread-safe. {@code flag} and {@code generation} are guarded by {@code lock};
 * {@code changed} is signalled, under that lock, each time the flag is set. Memory effects: actions
 * in a thread before it calls {@code set()} happen-before the actions of every thread after its
 * {@code await()} returns, or its {@code await(timeout, unit)} returns {@code true}, because of
 * that set (both hold {@code lock}).
 */
public final class Event {

    private final ReentrantLock lock;
    private final Condition changed;
    /** Guarded by lock. */
    private boolean flag;
    /** Guarded by lock. Counts the calls to set() that changed the flag from unset to set. */
    private long generation;

    /** An unset event. */
    public Event() {
        this(new ReentrantLock());
    }

    /**
     * An unset event guarded by {@code lock}, which nothing else should use. It exists for the
     * demo and the tests, which hold the lock or watch it to stage exactly the moment they show;
     * code that only needs an event uses {@link #Event()}.
     */
    public Event(ReentrantLock lock) {
        this.lock = Objects.requireNonNull(lock, "lock must not be null");
        this.changed = lock.newCondition();
    }

    /** Whether the flag is set at this moment; may be stale as soon as it returns. */
    public boolean isSet() {
        lock.lock();
        try {
            return flag;
        } finally {
            lock.unlock();
        }
    }

    /** Sets the flag and wakes every waiting thread. Setting a set event changes nothing. */
    public void set() {
        lock.lock();
        try {
            if (!flag) {
                flag = true;
                generation++;
                // signalAll, not signal: every waiter waits for this same flag, and all must go.
                changed.signalAll();
            }
        } finally {
            lock.unlock();
        }
    }

    /** Unsets the flag; threads calling {@code await} from now on wait until the next {@link #set()}. */
    public void clear() {
        lock.lock();
        try {
            flag = false;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Returns at once if the flag is set, else waits until a {@link #set()}. Python's
     * {@code wait()} returns {@code True} here; this one returns nothing, like
     * {@code CountDownLatch.await()}: it can only return because the event was set.
     *
     * @throws InterruptedException if interrupted before or while waiting
     */
    public void await() throws InterruptedException {
        lock.lockInterruptibly();
        try {
            long started = generation;
            // A loop, not an if: the Condition Javadoc permits a "spurious wakeup", a return from
            // await() with no signal at all.
            while (!flag && generation == started) {
                changed.await();
            }
        } finally {
            lock.unlock();
        }
    }

    /**
     * Returns at once if the flag is set, else waits until a {@link #set()} or until
     * {@code timeout} has passed. A timeout of zero or less only looks at the flag.
     *
     * @return {@code true} if the flag was set, or was set while this thread waited;
     *         {@code false} if the time ran out first
     * @throws InterruptedException if interrupted before or while waiting
     * @throws NullPointerException if {@code unit} is null
     */
    public boolean await(long timeout, TimeUnit unit) throws InterruptedException {
        Objects.requireNonNull(unit, "unit must not be null");
        long nanos = unit.toNanos(timeout);
        lock.lockInterruptibly();
        try {
            long started = generation;
            while (!flag && generation == started) {
                if (nanos <= 0) {
                    return false;
                }
                nanos = changed.awaitNanos(nanos);
            }
            return true;
        } finally {
            lock.unlock();
        }
    }

    @Override
    public String toString() {
        return isSet() ? "Event[set]" : "Event[unset]";
    }
}
