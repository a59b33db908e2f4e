package dev.threadlessons.semaphores;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class ImpatientWorkerTest {

    @Test
    void givesUpOnAFullPoolAfterItsTimeoutAndEveryConnectionComesBack() throws InterruptedException {
        var pool = new ConnectionPool(2);

        var attempt = ImpatientWorker.tryOnFullPool(pool, Duration.ofMillis(100));

        assertFalse(attempt.gotOne());
        assertTrue(attempt.waited().compareTo(Duration.ofMillis(100)) >= 0, "waited " + attempt.waited());
        assertTrue(attempt.waited().compareTo(Duration.ofSeconds(5)) < 0, "waited " + attempt.waited());
        assertEquals(2, pool.available());
    }
}
