package dev.threadlessons.events;

import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The same channel as {@link ConditionChannel}, without writing a single lock or condition: a
 * {@link BlockingQueue} already is a list guarded by a lock, with a condition that {@code take()}
 * waits on while the queue is empty (Python: {@code queue.Queue}). This is what Java code should
 * use; the hand-made version is there to show what happens inside.
 *
 * <p>A queue has no "closed" state, so the end is an item like any other: an end marker (a
 * "poison pill") that {@link #close()} puts last. Because the queue is first-in first-out, every
 * real item is taken before it. A consumer that takes the marker puts it back for the next one and
 * stops, so one marker stops any number of consumers.
 *
 * <p>Thread-safety: thread-safe; the queue does all the locking. The check of {@code closed} in
 * {@code put} is a guard against misuse, not atomic with the put itself (that would need a lock
 * around both): close the channel after every producer has finished, as {@link ProducerConsumer}
 * does. Memory effects: a producer's actions before {@code put} happen-before the consumer's
 * actions after it takes that item (a guarantee of every {@code BlockingQueue}).
 */
public final class BlockingQueueChannel implements ItemChannel {

    /** The end marker; compared by identity, so no real item can be mistaken for it. */
    private static final Item END = new Item("end-of-data", 0);

    /** Unbounded, so that put() never waits; a bounded queue would also slow down fast producers. */
    private final BlockingQueue<Item> queue = new LinkedBlockingQueue<>();
    private final AtomicBoolean closed = new AtomicBoolean();

    @Override
    public void put(Item item) throws InterruptedException {
        Objects.requireNonNull(item, "item must not be null");
        if (closed.get()) {
            throw new IllegalStateException("channel is closed: cannot put " + item);
        }
        queue.put(item);
    }

    @Override
    public Optional<Item> take() throws InterruptedException {
        Item item = queue.take();
        if (item == END) {
            queue.put(END);
            return Optional.empty();
        }
        return Optional.of(item);
    }

    @Override
    public void close() throws InterruptedException {
        // Only the first close puts the marker; a second one is harmless.
        if (closed.compareAndSet(false, true)) {
            queue.put(END);
        }
    }
}
