package dev.threadlessons.events;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;

import org.junit.jupiter.api.Test;

import dev.threadlessons.testing.TestThreads;
import dev.threadlessons.testing.TestThreads.Started;
import dev.threadlessons.testing.ThreadWaits;

/** Producers wait for room on their own condition, so one take wakes exactly one of them. */
class BoundedChannelTest {

    @Test
    void aFullChannelMakesProducersWaitAndOneTakeLetsExactlyOneOfThemIn() throws Exception {
        var lock = new ReentrantLock();
        var channel = new BoundedChannel(1, lock);
        channel.put(new Item("producer-0", 1));
        Started<Void> one = TestThreads.run("producer-1", () -> channel.put(new Item("producer-1", 1)));
        Started<Void> two = TestThreads.run("producer-2", () -> channel.put(new Item("producer-2", 1)));
        var producers = List.of(one.thread(), two.thread());
        try {
            ThreadWaits.untilParkedOn("ConditionObject", producers);

            lock.lock();
            try {
                assertEquals(Optional.of(new Item("producer-0", 1)), channel.take());
                // One free place, one producer moved to the lock's queue; signalAll() would move both.
                assertEquals(1, lock.getQueueLength(), "producers woken by one take");
            } finally {
                lock.unlock();
            }
            await().atMost(TestThreads.PATIENCE).until(() -> one.outcome().isDone() || two.outcome().isDone());
            var waiting = one.outcome().isDone() ? two : one;
            ThreadWaits.untilParkedOn("ConditionObject", waiting.thread());

            channel.take();
            waiting.result();
            assertEquals(Optional.of(new Item(waiting.name(), 1)), channel.take(), "the second producer got in");
        } finally {
            channel.close();
            TestThreads.joinAll(producers);
        }
    }

    @Test
    void closeRefusesAProducerThatWaitsForRoom() throws Exception {
        var channel = new BoundedChannel(1);
        channel.put(new Item("producer-0", 1));
        Started<Void> producer = TestThreads.run("producer-1", () -> channel.put(new Item("producer-1", 1)));
        ThreadWaits.untilParkedOn("ConditionObject", producer.thread());

        channel.close();

        var failure = assertInstanceOf(IllegalStateException.class, producer.failure());
        assertEquals("channel is closed: cannot put producer-1#1", failure.getMessage());
        assertEquals(Optional.of(new Item("producer-0", 1)), channel.take());
        assertEquals(Optional.empty(), channel.take());
    }

    @Test
    void aCapacityBelowOneIsRejected() {
        var error = assertThrows(IllegalArgumentException.class, () -> new BoundedChannel(0));

        assertEquals("capacity must be at least 1; was 0", error.getMessage());
    }
}
