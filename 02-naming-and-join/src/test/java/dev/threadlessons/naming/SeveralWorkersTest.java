package dev.threadlessons.naming;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;

import org.junit.jupiter.api.Test;

import dev.threadlessons.naming.stage.GatedWorker;
import dev.threadlessons.testing.TestThreads;
import dev.threadlessons.testing.ThreadWaits;

class SeveralWorkersTest {

    @Test
    void joiningInStartOrderWaitsForAllWhateverOrderTheyFinishIn() throws InterruptedException {
        var finished = new CopyOnWriteArrayList<String>();
        var gates = List.of(new CountDownLatch(1), new CountDownLatch(1), new CountDownLatch(1));
        var workers = new ArrayList<Thread>();
        for (int k = 0; k < gates.size(); k++) {
            var gated = new GatedWorker(gates.get(k));
            workers.add(new Thread(() -> {
                gated.run();
                finished.add(Thread.currentThread().getName());
            }, "worker-" + (k + 1)));
        }
        workers.forEach(Thread::start);
        var joiner = TestThreads.start("joiner", () -> {
            for (Thread worker : workers) {
                worker.join();
            }
            return workers.stream().map(Thread::isAlive).toList();
        });
        try {
            // Let them finish last to first, while joiner waits for worker-1 first.
            for (int k = gates.size() - 1; k > 0; k--) {
                gates.get(k).countDown();
                workers.get(k).join();
            }
            ThreadWaits.untilState(joiner.thread(), Thread.State.WAITING);
            assertTrue(joiner.thread().isAlive(), "joiner still waits for worker-1");
            gates.get(0).countDown();
        } finally {
            gates.forEach(CountDownLatch::countDown);
            TestThreads.joinAll(workers);
        }
        assertEquals(List.of(false, false, false), joiner.result());
        assertEquals(List.of("worker-3", "worker-2", "worker-1"), finished);
    }

    @Test
    void partResultsReadAfterJoiningEveryWorkerAddUpToTheWhole() throws InterruptedException {
        int limit = 10_000;
        int workers = 4;
        var counters = new ArrayList<PrimeCounter>();
        var threads = new ArrayList<Thread>();
        for (int k = 0; k < workers; k++) {
            var counter = new PrimeCounter((long) limit * k / workers, (long) limit * (k + 1) / workers);
            counters.add(counter);
            threads.add(new Thread(counter, "worker-" + (k + 1)));
        }
        try {
            threads.forEach(Thread::start);
        } finally {
            for (Thread thread : threads) {
                thread.join();
            }
        }
        assertEquals(1_229, counters.stream().mapToLong(PrimeCounter::count).sum());
    }
}
