package dev.threadlessons.events;

import java.util.ArrayDeque;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Consumers wait on a {@link Condition} until a producer has put data there: Python's
 * {@code threading.Condition} with {@code wait()} and {@code notify()}, in Java.
 *
 * <p>The pattern has three parts, and each matters. A consumer checks the state it needs ("an item
 * is there, or no more will come") while holding the lock. If it is not there, it calls
 * {@code await()}, which releases the lock while it sleeps and takes it back before returning.
 * And it checks again after waking, in a {@code while} loop, never an {@code if}, for two reasons.
 * Another thread may have taken the lock, and the item, between the signal and the moment the
 * woken consumer has the lock back: {@code await} returns only once it has reacquired the lock.
 * And the {@link Condition} Javadoc permits a "spurious wakeup", a return with no signal at all,
 * and says that a condition "should always be waited upon in a loop"; {@link Object#wait()} says the
 * same. Python's documentation gives the first reason for its {@code Condition.wait}: the
 * condition that prompted the {@code notify()} "may no longer hold true". {@link CheckOnceChannel}
 * is this class with an {@code if}, broken on purpose.
 *
 * <p>{@code put} calls {@code signal()}: one new item is work for one consumer, and any consumer
 * will do, so waking all of them would only send all but one back to sleep. {@code close} calls
 * {@code signalAll()}: every consumer must learn that no more items will come.
 *
 * <p>Thread-safety: thread-safe. {@code items} and {@code closed} are guarded by {@code lock};
 * {@code notEmpty} is signalled under it. Memory effects: everything a producer did before
 * {@code put} happens-before what the consumer that takes that item does afterwards.
 */
public final class ConditionChannel implements ItemChannel {

    private static final Logger LOG = LoggerFactory.getLogger(ConditionChannel.class);

    private final ReentrantLock lock;
    private final Condition notEmpty;
    /** Guarded by lock. */
    private final ArrayDeque<Item> items = new ArrayDeque<>();
    /** Guarded by lock. */
    private boolean closed;

    /** An open, empty channel. */
    public ConditionChannel() {
        this(new ReentrantLock());
    }

    /**
     * A channel guarded by {@code lock}, which nothing else should use. It exists for the demo and
     * the tests, which hold the lock themselves to stage exactly the interleaving they show, such
     * as a woken consumer finding its item already taken.
     */
    public ConditionChannel(ReentrantLock lock) {
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
            while (items.isEmpty() && !closed) {       // check again after every wake-up
                LOG.info("no data yet, waiting on the condition");
                notEmpty.await();                      // lets go of the lock while it waits
            }
            return Optional.ofNullable(items.pollFirst());   // empty only when closed
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
