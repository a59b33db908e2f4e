package dev.threadlessons.benchmarks;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Each way of starting the task runs it exactly once per call and waits for it, the pool's
 * workers end with the trial, and the virtual-thread benchmark works from JDK 21 on and explains
 * itself before. Nothing here is timed.
 */
class ThreadStartBenchmarkTest {

    private static final int CALLS = 200;

    private final ThreadStartBenchmark benchmark = new ThreadStartBenchmark();

    @BeforeEach
    void startPool() {
        benchmark.startPool();
    }

    @AfterEach
    void stopPool() throws InterruptedException {
        benchmark.stopPool();
    }

    private static List<Thread> livePoolWorkers() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> thread.getName().startsWith("pool-worker-"))
                .collect(Collectors.toList());
    }

    @Test
    void runOnCallerRunsTheTaskOncePerCall() {
        for (int i = 0; i < CALLS; i++) {
            benchmark.runOnCaller();
        }

        assertEquals(CALLS, benchmark.runs());
    }

    @Test
    void platformThreadStartJoinRunsTheTaskOncePerCallAndWaitsForIt() throws InterruptedException {
        for (int i = 0; i < CALLS; i++) {
            benchmark.platformThreadStartJoin();
            assertEquals(i + 1, benchmark.runs());
        }
    }

    @Test
    void poolSubmitGetRunsTheTaskOncePerCallAndWaitsForIt() throws Exception {
        for (int i = 0; i < CALLS; i++) {
            benchmark.poolSubmitGet();
            assertEquals(i + 1, benchmark.runs());
        }
    }

    @Test
    void poolWorkersEndWhenTheTrialEnds() throws Exception {
        benchmark.poolSubmitGet();
        assertFalse(livePoolWorkers().isEmpty(), "a worker ran the task");

        benchmark.stopPool();

        await().atMost(Duration.ofSeconds(10)).until(() -> livePoolWorkers().isEmpty());
    }

    @Test
    void virtualThreadStartJoinRunsTheTaskOncePerCallFromJdk21() throws InterruptedException {
        assumeTrue(Runtime.version().feature() >= VirtualThreads.FIRST_RELEASE, "needs JDK 21 or newer");
        var virtual = new ThreadStartBenchmark.VirtualThreadFactory();
        virtual.find();

        for (int i = 0; i < CALLS; i++) {
            benchmark.virtualThreadStartJoin(virtual);
            assertEquals(i + 1, benchmark.runs());
        }
    }

    @Test
    void virtualThreadBenchmarkRefusesWithAClearMessageBeforeJdk21() {
        assumeTrue(Runtime.version().feature() < VirtualThreads.FIRST_RELEASE, "runs on JDK 17 to 20");
        var virtual = new ThreadStartBenchmark.VirtualThreadFactory();

        var thrown = assertThrows(UnsupportedOperationException.class, virtual::find);
        assertTrue(thrown.getMessage().startsWith("virtual threads need JDK 21 or newer; this JVM is "),
                thrown.getMessage());
        assertTrue(thrown.getMessage().endsWith("Skip this benchmark with: -e virtualThread"), thrown.getMessage());
    }
}
