package dev.threadlessons.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collection;

import org.junit.jupiter.api.Test;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * Every benchmark runs once through JMH itself, in this JVM ({@code forks(0)}), for a tenth of a
 * second and with one value of each parameter: enough to catch what only JMH's harness does
 * (state set-up and injection, {@code @Setup}/{@code @TearDown} levels, thread groups), which
 * the other tests, calling the benchmark methods directly, never see. Nothing is measured.
 */
class JmhRunTest {

    @Test
    void everyBenchmarkRunsOnceUnderJmhWithoutAHarnessError() throws RunnerException {
        var options = new OptionsBuilder()
                .include(CounterBenchmark.class.getName())
                .include(ReadMostlyBenchmark.class.getName())
                .include(ThreadStartBenchmark.class.getName())
                .param("counter", CounterKind.LONG_ADDER.name())
                .param("lock", RegistryKind.READ_WRITE_LOCK.name())
                .param("read", ReadKind.SCAN.name())
                .param("writeEvery", "10")
                .forks(0)
                .warmupIterations(0)
                .measurementIterations(1)
                .measurementTime(TimeValue.milliseconds(100))
                .shouldFailOnError(true)
                .verbosity(VerboseMode.SILENT);
        boolean virtual = VirtualThreads.factory().isPresent();
        if (!virtual) {
            options.exclude("virtualThread");
        }

        Collection<RunResult> results = new Runner(options.build()).run();

        // 3 counter methods, 3 read-mostly methods, 3 or 4 ways of starting a task.
        assertEquals(virtual ? 10 : 9, results.size());
        assertTrue(results.stream().allMatch(result -> result.getPrimaryResult().getScore() > 0));
    }
}
