package dev.threadlessons.speedup;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.threadlessons.testing.DemoRun;

class DemoTest {

    @Test
    void theDefaultsAreEightTasksAndAChildJvmPerCore() {
        var options = SpeedupOptions.from(SpeedupOptions.CLI.parse());
        assertAll(() -> assertEquals(8, options.tasks()),
                () -> assertEquals(8, options.threads()),
                () -> assertEquals(Duration.ofMillis(150), options.ioWait()),
                () -> assertEquals(6_000_000, options.cpuWork()),
                () -> assertEquals(Runtime.getRuntime().availableProcessors(), options.processes()),
                () -> assertTrue(options.runs("io") && options.runs("processes")));
    }

    @Test
    void optionsChooseTheWorkloadAndWhichPartRuns() {
        var options = SpeedupOptions.from(SpeedupOptions.CLI.parse(
                "--tasks", "3", "--cpu-work=2000000", "--only", "cpu"));
        assertEquals(3, options.tasks());
        assertEquals(2_000_000, options.cpuWork());
        assertTrue(options.runs("cpu"));
        assertTrue(!options.runs("io") && !options.runs("processes"));
    }

    @Test
    void aSmallRunEndsWithStatusZeroAndAVerdict() throws Exception {
        var output = DemoRun.of(Demo::run, "--tasks", "3", "--io-millis", "20", "--cpu-work", "30000", "--chunks", "2", "--processes", "2");
        assertEquals(0, output.status(), output::toString);
        assertFalse(output.verdict().isBlank());
        assertEquals(0, ProcessHandle.current().children().filter(ProcessHandle::isAlive).count());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "--fast                | unknown option --fast",
        "--tasks 0             | --tasks must be from 1 to 1000; was 0",
        "--threads -2          | --threads must be from 1 to 1000; was -2",
        "--cpu-work lots       | --cpu-work must be a whole number; was 'lots'",
        "--io-millis 1.5       | --io-millis must be a whole number; was '1.5'",
        "--only gpu            | --only must be one of all, io, cpu, turns, processes; was 'gpu'",
        "--tasks               | --tasks needs a value",
        "fast                  | unexpected argument 'fast'"
    })
    void badArgumentsEndTheDemoWithOneLineOfReasonTheUsageAndStatusTwo(String args, String reason)
            throws Exception {
        DemoRun.of(Demo::run, args.trim().split("\\s+")).assertRejected(reason);
    }

    @Test
    void helpListsEveryOptionAndRunsNothing() throws Exception {
        DemoRun.of(Demo::run, "--help").assertHelp("--tasks N", "--threads N", "--io-millis N", "--cpu-work N", "--chunks N", "--processes N", "--only all|io|cpu|turns|processes");
    }
}
