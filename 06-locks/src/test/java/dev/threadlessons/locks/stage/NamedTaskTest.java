package dev.threadlessons.locks.stage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class NamedTaskTest {

    @Test
    void runsTheWorkOnAThreadWithTheGivenName() throws InterruptedException {
        var task = NamedTask.start("teller", () -> Thread.currentThread().getName());

        assertEquals("teller", task.join());
        assertEquals("teller", task.thread().getName());
    }

    @Test
    void aFailureOfTheWorkIsThrownFromJoinNotLostInTheThread() throws InterruptedException {
        var boom = new IllegalArgumentException("boom");
        var task = NamedTask.start("teller", () -> {
            throw boom;
        });
        task.thread().join();

        var e = assertThrows(IllegalStateException.class, task::join);
        assertEquals("teller failed: java.lang.IllegalArgumentException: boom", e.getMessage());
        assertSame(boom, e.getCause());
    }
}
