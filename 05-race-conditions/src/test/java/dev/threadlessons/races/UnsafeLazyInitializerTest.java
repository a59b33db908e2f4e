package dev.threadlessons.races;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import dev.threadlessons.races.stage.RaceWindow;
import dev.threadlessons.races.stage.Rendezvous;
import dev.threadlessons.util.Workers;

class UnsafeLazyInitializerTest {

    @Test
    void twoInstancesAreCreatedWhenBothThreadsSeeNoneBeforeEitherAssigns() throws InterruptedException {
        var created = new AtomicInteger();
        var lazy = new UnsafeLazyInitializer<>(() -> {
            created.incrementAndGet();
            return new Object();
        }, new Rendezvous(2));

        List<Object> received = Workers.call("caller", 2, caller -> lazy.get());

        assertEquals(2, created.get());
        assertNotSame(received.get(0), received.get(1));
    }

    @Test
    void oneThreadAloneGetsTheSameInstanceEveryTime() {
        var created = new AtomicInteger();
        var lazy = new UnsafeLazyInitializer<>(() -> {
            created.incrementAndGet();
            return new Object();
        }, RaceWindow.noPause());

        assertSame(lazy.get(), lazy.get());
        assertEquals(1, created.get());
    }

    @Test
    void rejectsAFactoryThatReturnsNull() {
        var lazy = new UnsafeLazyInitializer<>(() -> null, RaceWindow.noPause());

        var e = assertThrows(NullPointerException.class, lazy::get);
        assertEquals("the factory returned null", e.getMessage());
    }
}
