package dev.threadlessons.introspection.stage;

import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A gate that threads wait at until someone opens it once, for good: the smallest use of a
 * {@link Condition}, and the Java form of Python's {@code threading.Condition.wait()} guarded by
 * a flag.
 *
 * <p>A thread in {@link #await()} is {@code WAITING}: it has given the lock back and is parked on
 * the condition, so a thread listing shows it waiting for the condition object, with no owner,
 * since nobody "holds" a condition the way one holds a monitor.
 *
 * <p>A {@code CountDownLatch(1)} would open just as well; this gate is written out so that the
 * lesson's listing shows a thread parked on a {@code Condition}, the object Python's
 * {@code Condition.wait()} corresponds to.
 *
 * <p>Thread-safety: thread-safe. {@code open} is guarded by {@code lock}. Everything a thread
 * did before {@link #open()} happens-before every waiter's return from {@link #await()}.
 */
public final class Gate {

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition opened = lock.newCondition();
    /** Guarded by lock. */
    private boolean open;

    /** Waits until the gate is open; returns at once if it already is. */
    public void await() throws InterruptedException {
        lock.lock();
        try {
            // A loop, not an if: await() may return spuriously, and only the flag is the truth.
            while (!open) {
                opened.await();
            }
        } finally {
            lock.unlock();
        }
    }

    /** Opens the gate and wakes every waiter. */
    public void open() {
        lock.lock();
        try {
            open = true;
            opened.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** How many threads are parked at the gate right now. */
    public int waitingThreads() {
        lock.lock();
        try {
            return lock.getWaitQueueLength(opened);
        } finally {
            lock.unlock();
        }
    }
}
