package dev.threadlessons.util;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class WorkersTest {

    @Test
    void namesEachThreadAfterThePrefixAndReturnsResultsInWorkerOrder() throws InterruptedException {
        List<String> names = Workers.call("worker", 3, worker -> Thread.currentThread().getName());

        assertEquals(List.of("worker-1", "worker-2", "worker-3"), names);
    }

    @Test
    void allWorkersRunAtTheSameTime() throws InterruptedException {
        // The barrier trips only if all three are inside their work at once.
        var allInside = new CyclicBarrier(3);

        List<Integer> arrivals = Workers.call("worker", 3, worker -> allInside.await(10, TimeUnit.SECONDS));

        assertEquals(3, arrivals.size());
    }

    @Test
    void aFailingWorkerIsReportedOnceEveryThreadHasEnded() {
        var finished = new AtomicInteger();
        var boom = new IllegalArgumentException("boom");

        var e = assertThrows(IllegalStateException.class, () -> Workers.run("worker", 3, worker -> {
            if (worker == 2) {
                throw boom;
            }
            finished.incrementAndGet();
        }));

        assertEquals("worker-2 failed: java.lang.IllegalArgumentException: boom", e.getMessage());
        assertSame(boom, e.getCause());
        assertEquals(2, finished.get());
    }

    @Test
    void rejectsFewerThanOneWorker() {
        var e = assertThrows(IllegalArgumentException.class, () -> Workers.run("worker", 0, worker -> { }));
        assertEquals("need at least 1 worker, was 0", e.getMessage());
    }
}
