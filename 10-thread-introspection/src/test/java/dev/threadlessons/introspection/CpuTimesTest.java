package dev.threadlessons.introspection;

import static dev.threadlessons.testing.TestThreads.PATIENCE;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import dev.threadlessons.testing.TestThreads;

import dev.threadlessons.introspection.stage.BusyLoop;

/** CPU time per thread grows while a thread computes, and is gone once the thread has ended. */
class CpuTimesTest {

    @Test
    void aSpinningThreadGathersCpuTime() throws InterruptedException {
        assumeTrue(CpuTimes.measured(), "this JVM does not measure CPU time per thread");
        var loop = new BusyLoop(Duration.ofMinutes(1));
        var spinner = TestThreads.run("busy-worker", loop::run).thread();
        try {
            await().atMost(PATIENCE).until(() -> CpuTimes.of(spinner)
                    .map(time -> time.compareTo(Duration.ofMillis(20)) > 0).orElse(false));
        } finally {
            loop.requestStop();
            spinner.join();
        }
    }

    @Test
    void anEndedThreadHasNoCpuTime() throws InterruptedException {
        var quick = TestThreads.run("quick", () -> { }).thread();
        quick.join();
        assertEquals(Optional.empty(), CpuTimes.of(quick));
    }

    @Test
    void withMeasurementSwitchedOffThereIsNoCpuTimeToRead() {
        var threads = ManagementFactory.getThreadMXBean();
        assumeTrue(threads.isThreadCpuTimeSupported(), "this JVM cannot measure CPU time per thread");
        boolean wasEnabled = threads.isThreadCpuTimeEnabled();
        threads.setThreadCpuTimeEnabled(false);
        try {
            assertFalse(CpuTimes.measured());
            assertEquals(Optional.empty(), CpuTimes.of(Thread.currentThread()));
        } finally {
            threads.setThreadCpuTimeEnabled(wasEnabled);
        }
    }
}
