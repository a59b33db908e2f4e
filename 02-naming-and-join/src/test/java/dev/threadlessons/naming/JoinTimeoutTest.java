package dev.threadlessons.naming;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;

import org.junit.jupiter.api.Test;

import dev.threadlessons.naming.stage.GatedWorker;

class JoinTimeoutTest {

    private static final Duration PATIENCE = Duration.ofSeconds(10);

    @Test
    void joinWithATimeoutReturnsWhileTheThreadIsStillAlive() throws InterruptedException {
        var gate = new CountDownLatch(1);
        var slow = new Thread(new GatedWorker(gate), "slow-worker");
        try {
            slow.start();
            await().atMost(PATIENCE).until(() -> slow.getState() == Thread.State.WAITING);
            // The gate is shut, so slow-worker cannot end: join(50) can only return by timing out.
            slow.join(50);
            assertTrue(slow.isAlive());
        } finally {
            gate.countDown();
            slow.join();
        }
        assertFalse(slow.isAlive());
    }

    @Test
    void joinWithATimeoutReturnsAsSoonAsTheThreadEnds() throws InterruptedException {
        var gate = new CountDownLatch(1);
        var worker = new Thread(new GatedWorker(gate), "worker");
        var joiner = new Thread(() -> joinForAnHour(worker), "joiner");
        long start = System.nanoTime();
        try {
            worker.start();
            joiner.start();
            await().atMost(PATIENCE).until(() -> joiner.getState() == Thread.State.TIMED_WAITING);
            gate.countDown();
        } finally {
            gate.countDown();
            joiner.join();
            worker.join();
        }
        var elapsed = Duration.ofNanos(System.nanoTime() - start);
        assertTrue(elapsed.compareTo(Duration.ofSeconds(30)) < 0, "took " + elapsed);
    }

    @Test
    void joinWithTimeoutZeroMeansWaitWithoutATimeout() throws InterruptedException {
        var gate = new CountDownLatch(1);
        var worker = new Thread(new GatedWorker(gate), "worker");
        var joiner = new Thread(() -> joinWithZero(worker), "joiner");
        try {
            worker.start();
            joiner.start();
            // join(0) does not "just peek": the joiner waits, untimed, as long as the worker lives.
            await().atMost(PATIENCE).until(() -> joiner.getState() == Thread.State.WAITING);
            assertTrue(worker.isAlive());
        } finally {
            gate.countDown();
            joiner.join();
            worker.join();
        }
        assertFalse(worker.isAlive());
    }

    @Test
    void aNegativeTimeoutIsRejected() {
        var thread = new Thread(() -> { }, "never-started");
        var error = assertThrows(IllegalArgumentException.class, () -> thread.join(-1));
        assertEquals("timeout value is negative", error.getMessage());
    }

    private static void joinForAnHour(Thread thread) {
        try {
            thread.join(Duration.ofHours(1).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void joinWithZero(Thread thread) {
        try {
            thread.join(0);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
