package dev.threadlessons.semaphores.stage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import dev.threadlessons.semaphores.ConnectionPool;

class ImpatientWorkerTest {

    @Test
    void givesUpOnAFullPoolAfterItsTimeoutAndEveryConnectionComesBack() throws InterruptedException {
        var pool = new ConnectionPool(2);

        var attempt = ImpatientWorker.tryOnFullPool(pool, Duration.ofMillis(100));

        assertFalse(attempt.gotOne());
        // Only a lower bound: a timed wait never ends early, but a busy machine may end it late.
        assertTrue(attempt.waited().compareTo(Duration.ofMillis(100)) >= 0, "waited " + attempt.waited());
        assertEquals(2, pool.available());
    }
}
