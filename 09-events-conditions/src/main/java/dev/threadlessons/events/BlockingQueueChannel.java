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
 * <p>The marker goes in with {@code offer}, never {@code put}. In the JDK's source,
 * {@link LinkedBlockingQueue#put} takes its lock with {@code lockInterruptibly()}, which throws
 * {@code InterruptedException} whenever the caller's interrupt status is set, even on an unbounded
 * queue with room (its Javadoc promises the exception only "if interrupted while waiting", which
 * allows that). With {@code put}, a consumer interrupted just as it took the marker would drop it,
 * an interrupted {@code close()} would leave the channel closed with no marker, and every other
 * consumer would wait for ever. {@link BlockingQueue#offer(Object)} declares no
 * {@code InterruptedException}, and on an unbounded queue it always succeeds.
 *
 * <p>Thread-safety: thread-safe; the queue does all the locking. The check of {@code closed} in
 * {@code put} is a guard against misuse, not atomic with the put itself (that would need a lock
 * around both): close the channel after every producer has finished, as the demo's producer and
 * consumer scene does. Memory effects: a producer's actions before {@code put} happen-before the consumer's
 * actions after it takes that item (a guarantee of every {@code BlockingQueue}).
 */
public final class BlockingQueueChannel implements ItemChannel {

    /** The end marker; compared by identity, so no real item can be mistaken for it. */
    private static final Item END = new Item("end-of-data", 0);

    /** Unbounded, so that put() never waits and offer() never fails. */
    private final BlockingQueue<Item> queue;
    private final AtomicBoolean closed = new AtomicBoolean();

    /** An open, empty channel. */
    public BlockingQueueChannel() {
        this(new LinkedBlockingQueue<>());
    }

    /**
     * A channel on {@code queue}, which must be empty and unbounded; the tests pass one that
     * stages an interrupt at the moment they check.
     */
    BlockingQueueChannel(BlockingQueue<Item> queue) {
        this.queue = queue;
    }

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
            queue.offer(END);
            return Optional.empty();
        }
        return Optional.of(item);
    }

    @Override
    public void close() {
        // Only the first close puts the marker; a second one is harmless.
        if (closed.compareAndSet(false, true)) {
            queue.offer(END);
        }
    }
}
