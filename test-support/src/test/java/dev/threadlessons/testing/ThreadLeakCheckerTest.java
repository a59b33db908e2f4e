package dev.threadlessons.testing;

import static dev.threadlessons.testing.TestThreads.awaitQuietly;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;

class ThreadLeakCheckerTest {

    /** Keeps the leaked threads of the examples alive until the outer test lets them go. */
    private static volatile CountDownLatch release = new CountDownLatch(1);
    private static volatile Thread leakedThread;

    @Test
    void aTestThatLeavesALiveThreadBehindFailsAndTheFailureNamesTheThread() throws InterruptedException {
        release = new CountDownLatch(1);
        try {
            var failures = EngineTestKit.engine("junit-jupiter")
                    .selectors(selectClass(LeakyExample.class))
                    .execute().testEvents().failed().list();
            assertEquals(1, failures.size());
            String message = failureOf(failures.get(0)).getMessage();
            assertTrue(message.contains("The test left 1 live thread(s) behind: 'left-behind'"), message);
        } finally {
            release.countDown();
            if (leakedThread != null) {
                leakedThread.join();
            }
        }
    }

    @Test
    void aThreadStartedInBeforeAllAndStillAliveAfterTheClassFailsTheClass() throws InterruptedException {
        release = new CountDownLatch(1);
        try {
            var failures = EngineTestKit.engine("junit-jupiter")
                    .selectors(selectClass(LeakyBeforeAllExample.class))
                    .execute().containerEvents().failed().list();
            assertEquals(1, failures.size());
            String message = failureOf(failures.get(0)).getMessage();
            assertTrue(message.contains("The test class left 1 live thread(s) behind: 'started-in-before-all'"), message);
        } finally {
            release.countDown();
            if (leakedThread != null) {
                leakedThread.join();
            }
        }
    }

    @Test
    void aVirtualThreadLeftRunningFailsTheTestOnJdk21AndNewer() throws Exception {
        assumeTrue(Runtime.version().feature() >= 21, "virtual threads exist from JDK 21 on");
        release = new CountDownLatch(1);
        try {
            var failures = EngineTestKit.engine("junit-jupiter")
                    .selectors(selectClass(LeakyVirtualExample.class))
                    .execute().testEvents().failed().list();
            assertEquals(1, failures.size());
            String message = failureOf(failures.get(0)).getMessage();
            assertTrue(message.contains("'left-behind-virtual' (virtual, WAITING)"), message);
        } finally {
            release.countDown();
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
        var go = new CountDownLatch(1);
        var older = new Thread(() -> awaitQuietly(go), "older-than-the-test");
        older.start();
        try {
            var before = Set.copyOf(Thread.getAllStackTraces().keySet());
            assertTrue(ThreadLeakChecker.newThreadsStillAliveAfterGrace(before).isEmpty());
        } finally {
            go.countDown();
            older.join();
        }
    }

    @Test
    void aThreadDumpIsReadForTheVirtualThreadsInIt() {
        String dump = """
                {"threadDump": {"threadContainers": [{"container": "<root>", "threads": [
                  {"tid": "3", "time": "t", "name": "main", "state": "RUNNABLE"},
                  {"tid": "23", "time": "t", "virtual": true, "name": "my-\\"virtual\\"", "state": "WAITING"}
                ]}]}}
                """;
        assertEquals(List.of(new VirtualThreads.Row(23, "my-\\\"virtual\\\"", "WAITING")), VirtualThreads.parse(dump));
    }

    private static Throwable failureOf(Event event) {
        var thrown = event.getPayload(TestExecutionResult.class)
                .flatMap(TestExecutionResult::getThrowable).orElseThrow();
        assertInstanceOf(AssertionError.class, thrown);
        return thrown;
    }

    @ExtendWith(ThreadLeakChecker.class)
    static class LeakyExample {
        @Test
        void leavesAThreadRunning() {
            leakedThread = new Thread(() -> awaitQuietly(release), "left-behind");
            leakedThread.start();
        }
    }

    @ExtendWith(ThreadLeakChecker.class)
    static class LeakyBeforeAllExample {
        @BeforeAll
        static void startsAThreadForEveryTest() {
            leakedThread = new Thread(() -> awaitQuietly(release), "started-in-before-all");
            leakedThread.start();
        }

        @Test
        void usesTheSharedThread() {
            assertTrue(leakedThread.isAlive());
        }
    }

    @ExtendWith(ThreadLeakChecker.class)
    static class LeakyVirtualExample {
        @Test
        void leavesAVirtualThreadRunning() throws ReflectiveOperationException {
            Runnable waits = () -> awaitQuietly(release);
            // Thread.ofVirtual() exists from JDK 21 on; this module is compiled for 17.
            Class<?> builderType = Class.forName("java.lang.Thread$Builder");
            Object builder = Thread.class.getMethod("ofVirtual").invoke(null);
            builder = builderType.getMethod("name", String.class).invoke(builder, "left-behind-virtual");
            leakedThread = (Thread) builderType.getMethod("start", Runnable.class).invoke(builder, waits);
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
}
