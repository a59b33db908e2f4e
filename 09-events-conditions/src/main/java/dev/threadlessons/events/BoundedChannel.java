package dev.threadlessons.events;

import java.util.ArrayDeque;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A channel that holds at most {@code capacity} items: producers wait while it is full, consumers
 * while it is empty. Two kinds of thread now wait for two different things, so the channel has two
 * conditions on one lock, {@code notFull} for producers and {@code notEmpty} for consumers.
 *
 * <p>That is what makes {@code signal()} safe here. With one condition for both kinds, the single
 * thread a {@code signal()} wakes could be of the wrong kind (a producer woken by another
 * producer's put, when a consumer was meant): it finds nothing to do and waits again, and the
 * signal is spent; with every other thread waiting too, nobody wakes them. One condition would need
 * {@code signalAll()} on every change. With two, every waiter on {@code notEmpty} wants an item and
 * every waiter on {@code notFull} wants room, so waking one of the right queue is enough.
 * {@code ArrayBlockingQueue} is built the same way; use it in real code.
 *
 * <p>Thread-safety: thread-safe. {@code items} and {@code closed} are guarded by {@code lock}; both
 * conditions are signalled under it. Memory effects: what a producer did before {@code put}
 * happens-before what the consumer that takes that item does afterwards.
 */
public final class BoundedChannel implements ItemChannel {

    private final ReentrantLock lock;
    private final Condition notFull;
    private final Condition notEmpty;
    private final int capacity;
    /** Guarded by lock. */
    private final ArrayDeque<Item> items = new ArrayDeque<>();
    /** Guarded by lock. */
    private boolean closed;

    /** An open, empty channel that holds at most {@code capacity} items. */
    public BoundedChannel(int capacity) {
        this(capacity, new ReentrantLock());
    }

    /** The same, guarded by {@code lock}; the tests hold it to see whom a signal wakes. */
    BoundedChannel(int capacity, ReentrantLock lock) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1; was " + capacity);
        }
        this.capacity = capacity;
        this.lock = lock;
        this.notFull = lock.newCondition();
        this.notEmpty = lock.newCondition();
    }

    /**
     * Adds {@code item}, waiting while the channel is full.
     *
     * @throws IllegalStateException if the channel is closed, also while this thread waited
     */
    @Override
    public void put(Item item) throws InterruptedException {
        Objects.requireNonNull(item, "item must not be null");
        lock.lockInterruptibly();
        try {
            while (items.size() == capacity && !closed) {
                notFull.await();
            }
            if (closed) {
                throw new IllegalStateException("channel is closed: cannot put " + item);
            }
            items.addLast(item);
            notEmpty.signal();                   // one item: work for one consumer
        } finally {
            lock.unlock();
        }
    }

    @Override
    public Optional<Item> take() throws InterruptedException {
        lock.lockInterruptibly();
        try {
            while (items.isEmpty() && !closed) {
                notEmpty.await();
            }
            Item item = items.pollFirst();
            if (item != null) {
                notFull.signal();                // one free place: room for one producer
            }
            return Optional.ofNullable(item);
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void close() {
        lock.lock();
        try {
            closed = true;
            notEmpty.signalAll();                // every consumer must hear the end,
            notFull.signalAll();                 // and every waiting producer its refusal
        } finally {
            lock.unlock();
        }
    }
}
