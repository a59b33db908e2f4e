package dev.threadlessons.events;

import java.util.ArrayDeque;
import java.util.Objects;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link ConditionChannel} on Java's built-in monitor instead of a {@code ReentrantLock}:
 * {@code synchronized} methods, with {@link Object#wait()}, {@link Object#notify()} and
 * {@link Object#notifyAll()} on {@code this}. Every Java object is a lock with exactly one wait
 * set, which makes this the nearest thing to a Python {@code threading.Condition()} that makes its
 * own lock: {@code synchronized} is {@code with cond:}, {@code wait()} is {@code cond.wait()},
 * {@code notify()} is {@code cond.notify()}.
 *
 * <p>The same rules hold as for a {@code Condition}: {@code wait()} lets go of the monitor while it
 * waits and takes it back before it returns, and it sits in a {@code while}, because another
 * consumer may have taken the item first and because a "spurious wakeup" may happen
 * ({@link Object#wait()} Javadoc: "applications must guard against it"). {@code put} may use
 * {@code notify()} because every thread in the wait set is a consumer waiting for the same thing;
 * a monitor with producers and consumers waiting on it for different things would need
 * {@code notifyAll()}, since it has only the one wait set.
 *
 * <p>Thread-safety: thread-safe. {@code items} and {@code closed} are guarded by {@code this}; code
 * outside that synchronizes on a channel joins in, which a private lock object would prevent.
 * Memory effects: what a producer did before {@code put} happens-before what the consumer that
 * takes that item does afterwards (both hold the monitor, JLS 17.4.4).
 */
public final class MonitorChannel implements ItemChannel {

    private static final Logger LOG = LoggerFactory.getLogger(MonitorChannel.class);

    /** Guarded by this. */
    private final ArrayDeque<Item> items = new ArrayDeque<>();
    /** Guarded by this. */
    private boolean closed;

    @Override
    public synchronized void put(Item item) {
        Objects.requireNonNull(item, "item must not be null");
        if (closed) {
            throw new IllegalStateException("channel is closed: cannot put " + item);
        }
        items.addLast(item);
        notify();
    }

    @Override
    public synchronized Optional<Item> take() throws InterruptedException {
        while (items.isEmpty() && !closed) {
            LOG.info("no data yet, waiting on the monitor");
            wait();
        }
        return Optional.ofNullable(items.pollFirst());
    }

    @Override
    public synchronized void close() {
        closed = true;
        notifyAll();
    }
}
