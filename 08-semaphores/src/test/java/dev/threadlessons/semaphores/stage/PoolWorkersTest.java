package dev.threadlessons.semaphores.stage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.HashSet;

import org.junit.jupiter.api.Test;

import dev.threadlessons.semaphores.ConnectionPool;
import dev.threadlessons.util.Timeline;

class PoolWorkersTest {

    @Test
    void everyWorkerGetsAConnectionOnceAndThePoolNeverOverfills() throws InterruptedException {
        var pool = new ConnectionPool(2);
        var timeline = new Timeline();

        int peak = PoolWorkers.run(pool, 7, Duration.ZERO, timeline);

        var spans = timeline.spans();
        assertEquals(7, spans.size());
        var workers = new HashSet<String>();
        spans.forEach(span -> workers.add(span.thread()));
        assertEquals(7, workers.size(), "one span per worker: " + workers);
        assertTrue(peak >= 1 && peak <= 2, "peak " + peak);
        assertEquals(2, pool.available());
    }
}
