package dev.threadlessons.semaphores.stage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.HashSet;

import org.junit.jupiter.api.Test;

import dev.threadlessons.semaphores.ConnectionPool;

class PoolWorkersTest {

    @Test
    void everyWorkerGetsAConnectionOnceAndThePoolNeverOverfills() throws InterruptedException {
        var pool = new ConnectionPool(2);

        var run = PoolWorkers.run(pool, 7, Duration.ZERO);

        int peak = run.peak();
        var spans = run.timeline().spans();
        assertEquals(7, spans.size());
        var workers = new HashSet<String>();
        spans.forEach(span -> workers.add(span.thread()));
        assertEquals(7, workers.size(), "one span per worker: " + workers);
        assertTrue(peak >= 1 && peak <= 2, "peak " + peak);
        assertEquals(2, pool.available());
    }
}
