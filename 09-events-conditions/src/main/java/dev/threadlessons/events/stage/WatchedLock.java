package dev.threadlessons.events.stage;

import java.time.Duration;
import java.util.Date;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A {@link ReentrantLock} whose conditions count every thread that begins to wait on them, so that
 * the demo knows, without polling and without a sleep, that a thread is on a condition's queue.
 *
 * <p>A thread calls {@code await} while it holds the lock, and the count goes up just before the
 * real {@code await} lets go of it. So a thread that sees the count reach {@code n} and then takes
 * the lock knows that all {@code n} waiters are on the condition's queue: the lock was free only
 * because the last of them had started to wait (unless something woke them meanwhile, which the
 * scenes here rule out).
 *
 * <p>Only the {@code await} methods differ from a plain lock; {@code ReentrantLock}'s
 * {@code hasWaiters} and {@code getWaitQueueLength} do not accept these conditions.
 *
 * <p>Thread-safety: thread-safe, as {@code ReentrantLock}; the count is a {@link Semaphore}.
 */
public final class WatchedLock extends ReentrantLock {

    private static final long serialVersionUID = 1L;

    /** One permit per wait begun and not yet counted by {@link #awaitWaiters}. */
    private final Semaphore waitsBegun = new Semaphore(0);
    private final transient Runnable onWait;

    /** A lock that only counts. */
    public WatchedLock() {
        this(() -> { });
    }

    /** A lock that also runs {@code onWait} in each thread that begins to wait, holding the lock. */
    public WatchedLock(Runnable onWait) {
        this.onWait = onWait;
    }

    @Override
    public Condition newCondition() {
        return new Watched(super.newCondition());
    }

    /**
     * Returns once {@code n} more waits have begun on this lock's conditions and the last waiter
     * has let go of the lock; fails after {@code patience}.
     *
     * @throws IllegalStateException if fewer waits began within {@code patience}
     */
    public void awaitWaiters(int n, Duration patience) throws InterruptedException {
        if (!waitsBegun.tryAcquire(n, patience.toNanos(), TimeUnit.NANOSECONDS)) {
            throw new IllegalStateException(n + " thread(s) should have begun to wait within " + patience);
        }
        lock();
        unlock();
    }

    private void began() {
        waitsBegun.release();
        onWait.run();
    }

    /** A condition of this lock that counts each wait before it begins. */
    private final class Watched implements Condition {
        private final Condition real;

        Watched(Condition real) {
            this.real = real;
        }

        @Override
        public void await() throws InterruptedException {
            began();
            real.await();
        }

        @Override
        public void awaitUninterruptibly() {
            began();
            real.awaitUninterruptibly();
        }

        @Override
        public long awaitNanos(long nanos) throws InterruptedException {
            began();
            return real.awaitNanos(nanos);
        }

        @Override
        public boolean await(long time, TimeUnit unit) throws InterruptedException {
            began();
            return real.await(time, unit);
        }

        @Override
        public boolean awaitUntil(Date deadline) throws InterruptedException {
            began();
            return real.awaitUntil(deadline);
        }

        @Override
        public void signal() {
            real.signal();
        }

        @Override
        public void signalAll() {
            real.signalAll();
        }
    }
}
