package dev.threadlessons.naming;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

import dev.threadlessons.naming.stage.GatedWorker;
import dev.threadlessons.testing.TestThreads;
import dev.threadlessons.testing.ThreadWaits;

class JoinTest {

    private static final Duration PATIENCE = Duration.ofSeconds(10);

    @Test
    void joinBlocksTheCallerUntilTheWorkerHasEnded() throws InterruptedException {
        var gate = new CountDownLatch(1);
        var worker = new Thread(new GatedWorker(gate), "worker");
        worker.start();
        var joiner = TestThreads.start("joiner", () -> {
            worker.join();
            return worker.isAlive();
        });
        try {
            ThreadWaits.untilState(joiner.thread(), Thread.State.WAITING);
            assertTrue(worker.isAlive());
            assertTrue(joiner.thread().isAlive(), "joiner must still be waiting while the gate is shut");
        } finally {
            gate.countDown();
            TestThreads.joinAll(joiner.thread(), worker);
        }
        assertFalse(joiner.result(), "the worker was still alive when join() returned");
    }

    @Test
    void usageReadTheWorkersResultAfterJoin() throws InterruptedException {
        var counter = new PrimeCounter(0, 1_000);
        var thread = new Thread(counter, "prime-counter");
        try {
            thread.start();
        } finally {
            thread.join();
        }
        // Only shows usage: no unit test can see a missing happens-before edge, so this passes with
        // or without the guarantee. The guarantee is JLS 17.4.5 (see PrimeCounter's Javadoc).
        assertEquals(168, counter.count());
        assertFalse(thread.isAlive());
    }

    @Test
    void usageReadTheWorkersResultOnceIsAliveReturnsFalse() throws InterruptedException {
        var counter = new PrimeCounter(0, 100);
        var thread = new Thread(counter, "prime-counter");
        try {
            thread.start();
            await().atMost(PATIENCE).until(() -> !thread.isAlive());
            // Only shows usage, as above; the edge here is JLS 17.4.4 (isAlive() returned false).
            assertEquals(25, counter.count());
        } finally {
            thread.join();
        }
    }

    @Test
    void joiningAThreadThatWasNeverStartedReturnsAtOnce() throws InterruptedException {
        var neverStarted = new Thread(() -> { }, "never-started");
        neverStarted.join();
        assertEquals(Thread.State.NEW, neverStarted.getState());
    }

    @Test
    void joinThrowsInterruptedExceptionWhenTheWaitingThreadIsInterrupted() throws InterruptedException {
        var gate = new CountDownLatch(1);
        var worker = new Thread(new GatedWorker(gate), "worker");
        var thrown = new AtomicReference<Throwable>();
        var joiner = new Thread(() -> {
            try {
                worker.join();
            } catch (InterruptedException e) {
                thrown.set(e);
            }
        }, "joiner");
        try {
            worker.start();
            joiner.start();
            await().atMost(PATIENCE).until(() -> joiner.getState() == Thread.State.WAITING);
            joiner.interrupt();
            joiner.join();
            assertTrue(thrown.get() instanceof InterruptedException, String.valueOf(thrown.get()));
            assertTrue(worker.isAlive(), "interrupting the joiner does not stop the worker");
        } finally {
            gate.countDown();
            joiner.join();
            worker.join();
        }
    }

    @Test
    void aThreadThatJoinsItselfWaitsForEverUntilInterrupted() throws InterruptedException {
        var interrupted = new AtomicBoolean();
        var selfJoiner = new Thread(() -> {
            try {
                Thread.currentThread().join();
            } catch (InterruptedException e) {
                interrupted.set(true);
            }
        }, "self-joiner");
        try {
            selfJoiner.start();
            await().atMost(PATIENCE).until(() -> selfJoiner.getState() == Thread.State.WAITING);
        } finally {
            selfJoiner.interrupt();
            selfJoiner.join();
        }
        assertTrue(interrupted.get());
    }
}
