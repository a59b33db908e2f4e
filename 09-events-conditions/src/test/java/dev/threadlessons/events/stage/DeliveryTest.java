package dev.threadlessons.events.stage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.threadlessons.events.Item;

class DeliveryTest {

    private static final Item A = new Item("producer-1", 1);
    private static final Item B = new Item("producer-1", 2);
    private static final Item C = new Item("producer-2", 1);

    @Test
    void itemsTakenOnceEachAreDeliveredExactlyOnce() {
        var delivery = new Delivery(List.of(A, B, C), Map.of("consumer-1", List.of(A, C), "consumer-2", List.of(B)));

        assertTrue(delivery.exactlyOnce());
        assertEquals("3 produced, 3 consumed (consumer-1: 2, consumer-2: 1), none lost, none twice",
                delivery.summary());
    }

    @Test
    void anItemNobodyTookIsLost() {
        var delivery = new Delivery(List.of(A, B, C), Map.of("consumer-1", List.of(A, C)));

        assertFalse(delivery.exactlyOnce());
        assertEquals(1, delivery.lost());
        assertEquals(0, delivery.duplicated());
    }

    @Test
    void anItemTakenByTwoConsumersIsCountedTwice() {
        var delivery = new Delivery(List.of(A, B), Map.of("consumer-1", List.of(A, B), "consumer-2", List.of(B)));

        assertFalse(delivery.exactlyOnce());
        assertEquals(0, delivery.lost());
        assertEquals(1, delivery.duplicated());
        assertEquals("2 produced, 3 consumed (consumer-1: 2, consumer-2: 1), none lost, 1 twice", delivery.summary());
    }
}
