package dev.threadlessons.basics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.threadlessons.testing.TestThreads;

import dev.threadlessons.basics.stage.JvmExitExperiment;

class DaemonTest {

    @ParameterizedTest(name = "creator daemon={0}")
    @ValueSource(booleans = {true, false})
    void aNewThreadCopiesTheDaemonFlagOfTheThreadThatCreatesIt(boolean creatorIsDaemon)
            throws InterruptedException {
        var childIsDaemon = new AtomicBoolean(!creatorIsDaemon);
        var creator = new Thread(() -> childIsDaemon.set(new Thread(() -> { }).isDaemon()), "creator");
        creator.setDaemon(creatorIsDaemon);
        try {
            creator.start();
        } finally {
            creator.join();
        }
        assertEquals(creatorIsDaemon, childIsDaemon.get());
    }

    @Test
    void theDaemonFlagCannotChangeWhileTheThreadIsAlive() throws InterruptedException {
        var release = new CountDownLatch(1);
        var thread = new Thread(() -> TestThreads.awaitQuietly(release), "waiter");
        try {
            thread.start();
            assertThrows(IllegalThreadStateException.class, () -> thread.setDaemon(true));
            assertFalse(thread.isDaemon());
        } finally {
            release.countDown();
            thread.join();
        }
    }

    @Test
    void theJvmExitsWithoutWaitingForADaemonThread() throws Exception {
        // The limit only bounds a broken run: a daemon child exits as soon as its main returns.
        var outcome = JvmExitExperiment.run(true, Duration.ofSeconds(30));

        assertTrue(outcome.exitedOnItsOwn(), outcome.output()::toString);
        assertFalse(outcome.workerFinished(), outcome.output()::toString);
        assertEquals(0, outcome.exitCode());
        // main says "still waiting" only once the worker has said it waits.
        assertEquals(List.of("[daemon-worker] waiting for a line on stdin",
                "[main] main returns; daemon-worker (daemon=true) is still waiting"), outcome.output());
    }

    @Test
    void unlikePythonJavaLetsTheDaemonFlagChangeOnceTheThreadHasEnded() throws InterruptedException {
        var thread = new Thread(() -> { }, "short-lived");
        thread.start();
        thread.join();
        // setDaemon throws only while the thread is alive (its Javadoc); Python refuses on any started thread.
        thread.setDaemon(true);
        assertTrue(thread.isDaemon());
    }

    @Test
    void theJvmWaitsForANonDaemonThreadUntilItEnds() throws Exception {
        // Its worker blocks until the experiment sends it a line, so the child cannot exit on its own.
        var outcome = JvmExitExperiment.run(false, Duration.ofSeconds(2));

        assertFalse(outcome.exitedOnItsOwn(), outcome.output()::toString);
        assertTrue(outcome.workerFinished(), outcome.output()::toString);
        assertEquals(0, outcome.exitCode());
    }

    @Test
    void theProbeAcceptsOnlyDaemonOrNonDaemon() {
        var error = assertThrows(IllegalArgumentException.class,
                () -> JvmExitProbe.main(new String[] {"sometimes"}));
        assertEquals("usage: JvmExitProbe daemon|non-daemon", error.getMessage());
    }
}
