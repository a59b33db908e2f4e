package dev.threadlessons.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.Set;
import java.util.concurrent.CountDownLatch;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineTestKit;

class ThreadLeakCheckerTest {

    /** Keeps the leaked thread of {@link LeakyExample} alive until the outer test lets it go. */
    private static final CountDownLatch RELEASE_LEAKED = new CountDownLatch(1);
    private static volatile Thread leakedThread;

    @Test
    void aTestThatLeavesALiveThreadBehindFailsAndTheFailureNamesTheThread()
            throws InterruptedException {
        try {
            var failures = EngineTestKit.engine("junit-jupiter")
                    .selectors(selectClass(LeakyExample.class))
                    .execute()
                    .testEvents()
                    .failed()
                    .list();
            assertEquals(1, failures.size());
            var thrown = failures.get(0).getPayload(TestExecutionResult.class)
                    .flatMap(TestExecutionResult::getThrowable)
                    .orElseThrow();
            assertInstanceOf(AssertionError.class, thrown);
            assertTrue(thrown.getMessage().contains("'left-behind'"), thrown.getMessage());
        } finally {
            RELEASE_LEAKED.countDown();
            if (leakedThread != null) {
                leakedThread.join();
            }
        }
    }

    @Test
    void testsThatJoinTheirThreadsOrLetThemFinishPass() {
        EngineTestKit.engine("junit-jupiter")
                .selectors(selectClass(TidyExample.class))
                .execute()
                .testEvents()
                .assertStatistics(stats -> stats.started(2).succeeded(2).failed(0));
    }

    @Test
    void threadsThatExistedBeforeTheTestAreNotBlamedOnIt() throws InterruptedException {
        var release = new CountDownLatch(1);
        var older = new Thread(() -> awaitQuietly(release), "older-than-the-test");
        older.start();
        try {
            var before = Set.copyOf(Thread.getAllStackTraces().keySet());
            assertTrue(ThreadLeakChecker.newThreadsStillAliveAfterGrace(before).isEmpty());
        } finally {
            release.countDown();
            older.join();
        }
    }

    @ExtendWith(ThreadLeakChecker.class)
    static class LeakyExample {
        @Test
        void leavesAThreadRunning() {
            leakedThread = new Thread(() -> awaitQuietly(RELEASE_LEAKED), "left-behind");
            leakedThread.start();
        }
    }

    @ExtendWith(ThreadLeakChecker.class)
    static class TidyExample {
        @Test
        void joinsItsThread() throws InterruptedException {
            var worker = new Thread(() -> { }, "joined");
            worker.start();
            worker.join();
        }

        @Test
        void releasesItsThreadWhichEndsWithinTheGracePeriod() throws InterruptedException {
            var go = new CountDownLatch(1);
            var started = new CountDownLatch(1);
            var worker = new Thread(() -> {
                started.countDown();
                awaitQuietly(go);
            }, "finishing");
            worker.start();
            started.await();
            go.countDown();
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
