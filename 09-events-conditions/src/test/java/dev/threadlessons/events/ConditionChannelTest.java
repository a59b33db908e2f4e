package dev.threadlessons.events;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

import org.junit.jupiter.api.Test;

import dev.threadlessons.testing.TestThreads;
import dev.threadlessons.testing.TestThreads.Started;
import dev.threadlessons.testing.ThreadWaits;

/** What only the hand-made channels have to get right: the loop around await, signal against signalAll. */
class ConditionChannelTest {

    @Test
    void aConsumerWokenForAnItemThatAnotherTookGoesBackToWaiting() throws Exception {
        var lock = new ReentrantLock();
        var channel = new ConditionChannel(lock);
        Started<Optional<Item>> consumer = TestThreads.start("consumer-1", channel::take);
        try {
            ThreadWaits.untilParkedOn("ConditionObject", List.of(consumer.thread()));
            var item = new Item("producer-1", 1);

            lock.lock();
            try {
                channel.put(item);
                // Signalled, the consumer now queues for the lock this thread holds...
                assertTrue(lock.hasQueuedThread(consumer.thread()));
                // ...and this thread, like a faster consumer, takes the item first.
                assertEquals(Optional.of(item), channel.take());
            } finally {
                lock.unlock();
            }

            // Once it has had the lock, it either waits again (a while loop) or returns (an if).
            await().atMost(TestThreads.PATIENCE).until(() -> !lock.hasQueuedThread(consumer.thread())
                    && (consumer.outcome().isDone() || ThreadWaits.parkedOn("ConditionObject", consumer.thread())));
            assertFalse(consumer.outcome().isDone(), "woken to an empty channel, the consumer must wait again");

            channel.close();
            assertEquals(Optional.empty(), consumer.outcome().get(10, TimeUnit.SECONDS));
        } finally {
            channel.close();
            TestThreads.joinAll(List.of(consumer.thread()));
        }
    }

    @Test
    void anItemWakesExactlyOneWaitingConsumerAndCloseWakesAllTheOthers() throws Exception {
        var lock = new ReentrantLock();
        var channel = new ConditionChannel(lock);
        var consumers = new ArrayList<Started<Optional<Item>>>();
        for (int i = 1; i <= 3; i++) {
            consumers.add(TestThreads.start("consumer-" + i, channel::take));
        }
        var threads = consumers.stream().map(Started::thread).toList();
        try {
            ThreadWaits.untilParkedOn("ConditionObject", threads);

            lock.lock();
            try {
                channel.put(new Item("producer-1", 1));
                // A woken waiter leaves the condition for the lock's queue: signal() moved one,
                // signalAll() would have moved all three.
                assertEquals(1, lock.getQueueLength(), "threads woken by one put");
            } finally {
                lock.unlock();
            }
            await().atMost(TestThreads.PATIENCE).until(() -> consumers.stream().filter(c -> c.outcome().isDone()).count() == 1);
            var others = consumers.stream().filter(c -> !c.outcome().isDone()).toList();
            ThreadWaits.untilParkedOn("ConditionObject", others.stream().map(Started::thread).toList());

            lock.lock();
            try {
                channel.close();
                assertEquals(2, lock.getQueueLength(), "threads woken by close");
            } finally {
                lock.unlock();
            }
            for (var consumer : others) {
                assertEquals(Optional.empty(), consumer.outcome().get(10, TimeUnit.SECONDS));
            }
        } finally {
            channel.close();
            TestThreads.joinAll(threads);
        }
    }

    @Test
    void withAnIfAConsumerWokenForAnItemThatAnotherTookReturnsNothingFromAnOpenChannel() throws Exception {
        var lock = new ReentrantLock();
        var channel = new CheckOnceChannel(lock);
        Started<Optional<Item>> consumer = TestThreads.start("consumer-1", channel::take);
        try {
            ThreadWaits.untilParkedOn("ConditionObject", List.of(consumer.thread()));

            lock.lock();
            try {
                channel.put(new Item("producer-1", 1));
                assertTrue(channel.take().isPresent());
            } finally {
                lock.unlock();
            }

            assertEquals(Optional.empty(), consumer.result(), "the broken channel says 'no more data' while open");
        } finally {
            channel.close();
            TestThreads.joinAll(List.of(consumer.thread()));
        }
    }

    @Test
    void withAnIfCloseStillWakesEveryWaitingConsumer() throws Exception {
        var channel = new CheckOnceChannel();
        var consumers = List.of(TestThreads.start("consumer-1", channel::take),
                TestThreads.start("consumer-2", channel::take));
        var threads = consumers.stream().map(Started::thread).toList();
        try {
            ThreadWaits.untilParkedOn("ConditionObject", threads);

            channel.close();

            for (var consumer : consumers) {
                assertEquals(Optional.empty(), consumer.result(), consumer.name() + " must be woken by close()");
            }
        } finally {
            channel.close();
            TestThreads.joinAll(threads);
        }
    }

    @Test
    void withAnIfCloseStillLetsGoOfTheLock() throws Exception {
        var channel = new CheckOnceChannel();
        channel.close();

        Started<Optional<Item>> consumer = TestThreads.start("consumer-1", channel::take);

        assertEquals(Optional.empty(), consumer.result(), "another thread must get the lock after close()");
    }
}
