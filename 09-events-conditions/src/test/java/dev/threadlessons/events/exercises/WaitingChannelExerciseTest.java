package dev.threadlessons.events.exercises;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;

import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import dev.threadlessons.events.Item;
import dev.threadlessons.events.ItemChannel;
import dev.threadlessons.testing.Exercise;
import dev.threadlessons.testing.TestThreads;
import dev.threadlessons.testing.ThreadWaits;

/**
 * Grades exercise 09-1, {@link WaitingChannel#take()}: it returns what was put, waits on the
 * condition while the channel is empty, ends with empty once it is closed, and waits again after
 * a stolen wake-up. The test holds the channel's lock to stage that wake-up on every run: it puts
 * an item, which signals the waiting consumer, and takes the item back before letting go of the
 * lock, as a faster consumer would. Run it with {@code mvn -pl 09-events-conditions test -Pexercises}.
 */
@Tag(Exercise.TAG)
public class WaitingChannelExerciseTest {

    private static final Item ITEM = new Item("producer-1", 1);
    /** Long enough for a consumer to begin waiting on a busy machine; it only matters for a wrong answer. */
    private static final Duration WAITS_WITHIN = Duration.ofSeconds(5);

    private static ItemChannel channel(ReentrantLock lock) {
        return Exercise.create(ItemChannel.class, WaitingChannel.class, new Class<?>[] {ReentrantLock.class}, lock);
    }

    @Test
    void takeReturnsWhatWasPutAndEmptyOnceClosed() throws Exception {
        var channel = channel(new ReentrantLock());
        channel.put(ITEM);

        assertEquals(Optional.of(ITEM), channel.take(), "take() must return the item put before");
        channel.close();
        assertEquals(Optional.empty(), channel.take(), "on a closed, empty channel take() must return empty");
    }

    @Test
    void aConsumerWaitsOnTheConditionUntilAnItemComes() throws Exception {
        var lock = new ReentrantLock();
        var channel = channel(lock);
        var consumer = TestThreads.start("consumer", channel::take);
        try {
            waitsOnTheCondition(lock, consumer.thread(), "with the channel empty and open");
            channel.put(ITEM);
            assertEquals(Optional.of(ITEM), consumer.result(), "the waiting consumer must take the item put");
        } finally {
            channel.close();
            TestThreads.joinAll(List.of(consumer.thread()));
        }
    }

    @Test
    void aConsumerWhoseItemWasTakenBeforeItWokeWaitsAgain() throws Exception {
        var lock = new ReentrantLock();
        var channel = channel(lock);
        var consumer = TestThreads.start("consumer", channel::take);
        try {
            waitsOnTheCondition(lock, consumer.thread(), "with the channel empty and open");
            lock.lock();
            try {
                channel.put(ITEM);               // signals the consumer, which now needs the lock back
                assertEquals(Optional.of(ITEM), channel.take(), "the test takes the item, as a faster consumer would");
            } finally {
                lock.unlock();
            }
            waitsOnTheCondition(lock, consumer.thread(), "after its item was taken by another consumer before it woke,"
                    + " with the channel still open: check again after every wake-up, in a while loop, not an if");
            channel.close();
            assertEquals(Optional.empty(), consumer.result(), "closed and empty: take() must return empty");
        } finally {
            channel.close();
            TestThreads.joinAll(List.of(consumer.thread()));
        }
    }

    /**
     * Waits until {@code consumer} waits on a Condition of {@code lock}, or has ended; fails,
     * saying so, if it ended. A signalled consumer that has not had the lock back yet still sits
     * in the lock's queue: only one that is out of it and parked on the condition waits again.
     */
    private static void waitsOnTheCondition(ReentrantLock lock, Thread consumer, String when) {
        try {
            Awaitility.await().atMost(WAITS_WITHIN).until(() -> !consumer.isAlive()
                    || (!lock.hasQueuedThread(consumer) && ThreadWaits.parkedOn("ConditionObject", consumer)));
        } catch (ConditionTimeoutException e) {
            fail("take() neither returned nor waited on the condition " + when + " within "
                    + WAITS_WITHIN.toSeconds() + " s: it must wait with notEmpty.await(), not try again and again");
        }
        if (!consumer.isAlive()) {
            fail("take() ended (it returned or threw) " + when + "; it must wait on the condition instead");
        }
    }
}
