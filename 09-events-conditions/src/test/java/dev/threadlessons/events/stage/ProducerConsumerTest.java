package dev.threadlessons.events.stage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.threadlessons.events.BlockingQueueChannel;
import dev.threadlessons.events.ConditionChannel;
import dev.threadlessons.testing.TestThreads;
import dev.threadlessons.testing.TestThreads.Started;
import dev.threadlessons.testing.ThreadWaits;

class ProducerConsumerTest {

    @Test
    void aProducerThatFailsMakesTheRunFailWithItsException() {
        var channel = new ConditionChannel();
        channel.close();

        var error = assertThrows(IllegalStateException.class,
                () -> ProducerConsumer.run(channel, 2, 2, 3, Duration.ZERO));

        assertEquals("a producer or consumer failed", error.getMessage());
        assertInstanceOf(IllegalStateException.class, error.getCause());
        assertTrue(error.getCause().getMessage().startsWith("channel is closed: cannot put producer-"),
                error.getCause().getMessage());
    }

    @Test
    void anInterruptedRunEndsEveryThreadItStartedAndThrowsInterruptedException() throws Exception {
        // Producers that would take an hour per item: only an interrupt ends them in time.
        Started<Delivery> run = TestThreads.start("run", () -> ProducerConsumer.run(new BlockingQueueChannel(),
                2, 2, 3, Duration.ofHours(1)));
        ThreadWaits.untilState(run.thread(), Thread.State.WAITING);

        run.thread().interrupt();

        assertInstanceOf(InterruptedException.class, run.failure());
        var left = Thread.getAllStackTraces().keySet().stream().map(Thread::getName)
                .filter(name -> name.startsWith("producer-") || name.startsWith("consumer-")).toList();
        assertEquals(List.of(), left, "threads the run started and left running");
    }
}
