package dev.threadlessons.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.junit.jupiter.api.Test;

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
}
