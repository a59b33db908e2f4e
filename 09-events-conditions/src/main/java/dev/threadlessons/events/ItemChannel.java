package dev.threadlessons.events;

import java.util.Optional;

/**
 * Where producers put items and consumers take them, with a way to say that no more will come.
 * The lesson has two: {@link ConditionChannel}, built by hand on a lock and a {@code Condition},
 * and {@link BlockingQueueChannel}, the JDK's ready-made answer.
 *
 * <p>Thread-safety: implementations are thread-safe; any number of producers and consumers may
 * use one channel at once.
 */
public interface ItemChannel {

    /**
     * Hands {@code item} to the consumers.
     *
     * @throws IllegalStateException if the channel was already closed
     */
    void put(Item item) throws InterruptedException;

    /**
     * Takes the next item, waiting while there is none yet; empty once the channel is closed and
     * every item put before has been taken.
     *
     * @throws InterruptedException if the calling thread is interrupted before or while it
     *         waits; no item is taken then, and the channel goes on working for everyone else
     */
    Optional<Item> take() throws InterruptedException;

    /**
     * Says that no more items will come, so that consumers stop once the rest is taken. Never
     * waits, and works on an interrupted thread too, so that it can always be called from a
     * {@code finally}.
     */
    void close();
}
