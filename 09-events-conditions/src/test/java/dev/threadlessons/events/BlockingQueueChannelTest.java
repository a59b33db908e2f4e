package dev.threadlessons.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import dev.threadlessons.testing.TestThreads;
import dev.threadlessons.testing.TestThreads.Started;

/** What only the queue channel has to get right: its end marker must survive an interrupt. */
class BlockingQueueChannelTest {

    /** A queue that interrupts consumer-1 just after each of its takes, before it can go on. */
    private static final class InterruptingConsumerOne extends LinkedBlockingQueue<Item> {
        private static final long serialVersionUID = 1L;

        @Override
        public Item take() throws InterruptedException {
            Item item = super.take();
            if (Thread.currentThread().getName().equals("consumer-1")) {
                Thread.currentThread().interrupt();
            }
            return item;
        }
    }

    @Test
    void aConsumerInterruptedJustAsItTakesTheEndMarkerLeavesTheMarkerForTheOthers() throws Exception {
        var channel = new BlockingQueueChannel(new InterruptingConsumerOne());
        channel.close();

        Started<Boolean> first = TestThreads.start("consumer-1", () -> channel.take().isEmpty()
                && Thread.currentThread().isInterrupted());
        assertTrue(first.result(), "consumer-1 sees the end, and its interrupt status is kept");

        Started<Optional<Item>> second = TestThreads.start("consumer-2", channel::take);
        try {
            assertEquals(Optional.empty(), second.outcome().get(10, TimeUnit.SECONDS),
                    "the marker must still be there for consumer-2");
        } finally {
            TestThreads.joinAll(second.thread());
        }
    }
}
