package dev.threadlessons.events;

import java.util.ArrayDeque;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Not thread-safe, on purpose: {@link ConditionChannel} with one word changed, an {@code if}
 * instead of the {@code while} around {@code await}. Do not copy it.
 *
 * <p>A consumer checks for an item once, waits, and after waking takes what is there without
 * checking again. When another thread took the item between the {@code signal()} and the moment
 * the woken consumer has the lock back, the consumer finds nothing, and returns "no more data"
 * from a channel that is still open: it stops, and the items that come later are for the others.
 * A spurious wake-up, which the {@code Condition} Javadoc permits, does the same. The demo forces
 * the first case on every run; {@code ConditionChannel} survives it.
 *
 * <p>It is a whole copy of {@code ConditionChannel} rather than a subclass, so that each file reads
 * on its own and the two {@code take} methods can be laid side by side.
 *
 * <p>Thread-safety: {@code items} and {@code closed} are guarded by {@code lock}, so no item is
 * ever lost or taken twice; what is broken is {@code take}'s promise that "empty" means "closed".
 */
public final class CheckOnceChannel implements ItemChannel {

    private static final Logger LOG = LoggerFactory.getLogger(CheckOnceChannel.class);

    private final ReentrantLock lock;
    private final Condition notEmpty;
    /** Guarded by lock. */
    private final ArrayDeque<Item> items = new ArrayDeque<>();
    /** Guarded by lock. */
    private boolean closed;

    /** An open, empty channel. */
    public CheckOnceChannel() {
        this(new ReentrantLock());
    }

    /** A channel guarded by {@code lock}, for the demo and the tests, as in {@link ConditionChannel}. */
    public CheckOnceChannel(ReentrantLock lock) {
        this.lock = lock;
        this.notEmpty = lock.newCondition();
    }

    @Override
    public void put(Item item) {
        Objects.requireNonNull(item, "item must not be null");
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

    // tag::take[]
    @Override
    public Optional<Item> take() throws InterruptedException {
        lock.lockInterruptibly();
        try {
            if (items.isEmpty() && !closed) {          // BROKEN: checks only once
                LOG.info("no data yet, waiting on the condition");
                notEmpty.await();                      // lets go of the lock while it waits
            }
            return Optional.ofNullable(items.pollFirst());   // empty also when the item was taken
        } finally {
            lock.unlock();
        }
    }
    // end::take[]

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
