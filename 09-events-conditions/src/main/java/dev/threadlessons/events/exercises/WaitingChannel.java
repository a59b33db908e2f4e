package dev.threadlessons.events.exercises;

import java.util.ArrayDeque;
import java.util.Optional;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

import dev.threadlessons.events.Item;
import dev.threadlessons.events.ItemChannel;

/**
 * Exercise 09-1: a consumer's {@code take()} on a lock and a {@code Condition}. {@link #put} and
 * {@link #close} are done; write {@link #take()}: while there is no item and the channel is open,
 * wait on {@code notEmpty}; then return the first item, or empty once the channel is closed and
 * empty.
 *
 * <p>The trap: a woken consumer gets the lock back only after the thread that signalled it has let
 * go, and by then another consumer may have taken the item. Grade it with
 * {@code mvn -pl 09-events-conditions test -Pexercises}; compare with {@code ConditionChannel.take}
 * afterwards.
 *
 * <p>Thread-safety: {@code items} and {@code closed} are guarded by {@code lock}; {@link #take()}
 * is yours to make safe.
 */
public class WaitingChannel implements ItemChannel {

    protected final ReentrantLock lock;
    protected final Condition notEmpty;
    /** Guarded by lock. */
    protected final ArrayDeque<Item> items = new ArrayDeque<>();
    /** Guarded by lock. */
    protected boolean closed;

    /** A channel guarded by {@code lock}; the grading test holds it to stage a stolen wake-up. */
    public WaitingChannel(ReentrantLock lock) {
        this.lock = lock;
        this.notEmpty = lock.newCondition();
    }

    @Override
    public void put(Item item) {
        lock.lock();
        try {
            if (closed) {
                throw new IllegalStateException("channel is closed: cannot put " + item);
            }
            items.addLast(item);
            notEmpty.signal();
        } finally {
            lock.unlock();
        }
    }

    @Override
    public Optional<Item> take() throws InterruptedException {
        // TODO: take the lock; wait on notEmpty while there is no item and the channel is open;
        // then return items.pollFirst() as an Optional; let go of the lock in a finally.
        throw new UnsupportedOperationException("exercise 09-1: take() is yours to write");
    }

    @Override
    public void close() {
        lock.lock();
        try {
            closed = true;
            notEmpty.signalAll();
        } finally {
            lock.unlock();
        }
    }
}
