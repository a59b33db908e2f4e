package dev.threadlessons.naming;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;

import org.junit.jupiter.api.Test;

class SeveralWorkersTest {

    private static final Duration PATIENCE = Duration.ofSeconds(10);

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
        var aliveAfterJoiningAll = new CopyOnWriteArrayList<Boolean>();
        var joiner = new Thread(() -> {
            workers.forEach(JoinTest::joinQuietly);
            workers.forEach(worker -> aliveAfterJoiningAll.add(worker.isAlive()));
        }, "joiner");
        try {
            workers.forEach(Thread::start);
            joiner.start();
            // Let them finish last to first, while joiner waits for worker-1 first.
            for (int k = gates.size() - 1; k > 0; k--) {
                gates.get(k).countDown();
                workers.get(k).join();
            }
            await().atMost(PATIENCE).until(() -> joiner.getState() == Thread.State.WAITING);
            assertTrue(joiner.isAlive(), "joiner still waits for worker-1");
            gates.get(0).countDown();
        } finally {
            gates.forEach(CountDownLatch::countDown);
            joiner.join();
            for (Thread worker : workers) {
                worker.join();
            }
        }
        assertEquals(List.of("worker-3", "worker-2", "worker-1"), finished);
        assertEquals(List.of(false, false, false), aliveAfterJoiningAll);
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
