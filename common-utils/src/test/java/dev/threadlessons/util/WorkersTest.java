package dev.threadlessons.util;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
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
    void everyWorkersWorkIsInProgressTogether() throws InterruptedException {
        // The barrier trips only if all three are inside their work at once.
        var allInside = new CyclicBarrier(3);

        List<Integer> arrivals = Workers.call("worker", 3, worker -> allInside.await(10, TimeUnit.SECONDS));

        assertEquals(3, arrivals.size());
    }

    @Test
    void noWorkBeginsBeforeEveryWorkerThreadHasBeenStarted() throws InterruptedException {
        // Without the start gate, worker-1 would begin while the caller is still starting the
        // other 63 threads, and would not find them all (seen with the gate removed: 1 of 64).
        // The barrier keeps every worker alive until all have counted.
        int count = 64;
        var allCounted = new CyclicBarrier(count);
        List<Long> startedWhenWorkBegan = Workers.call("gated", count, worker -> {
            long started = Thread.getAllStackTraces().keySet().stream()
                    .filter(thread -> thread.getName().startsWith("gated-")).count();
            allCounted.await(10, TimeUnit.SECONDS);
            return started;
        });

        assertEquals(count, startedWhenWorkBegan.get(0));
    }

    @Test
    void anInterruptedCallerInterruptsAndJoinsEveryWorkerBeforeItThrows() throws InterruptedException {
        var workersWaiting = new CountDownLatch(2);
        var interruptedWorkers = new AtomicInteger();
        var workerThreads = new CopyOnWriteArrayList<Thread>();
        var caller = new Thread(() -> {
            try {
                Workers.run("waiter", 2, worker -> {
                    workerThreads.add(Thread.currentThread());
                    workersWaiting.countDown();
                    try {
                        new CountDownLatch(1).await();
                    } catch (InterruptedException e) {
                        interruptedWorkers.incrementAndGet();
                    }
                });
            } catch (InterruptedException expected) {
                Thread.currentThread().interrupt();
            }
        }, "caller");
        caller.start();
        workersWaiting.await();
        caller.interrupt();
        caller.join();

        assertEquals(2, interruptedWorkers.get());
        assertTrue(workerThreads.stream().noneMatch(Thread::isAlive));
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
