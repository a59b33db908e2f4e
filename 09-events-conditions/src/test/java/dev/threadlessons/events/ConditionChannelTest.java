package dev.threadlessons.events;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

import org.junit.jupiter.api.Test;

import dev.threadlessons.testing.TestThreads;
import dev.threadlessons.testing.TestThreads.Started;
import dev.threadlessons.testing.ThreadWaits;

/** What only the hand-made channel has to get right: the while loop around await. */
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
}
