package dev.threadlessons.speedup;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.threadlessons.util.BadArgumentsException;

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

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "--fast                | unknown option --fast",
        "--tasks 0             | --tasks must be from 1 to 1000; was 0",
        "--threads -2          | --threads must be from 1 to 1000; was -2",
        "--cpu-work lots       | --cpu-work must be a whole number; was 'lots'",
        "--io-millis 1.5       | --io-millis must be a whole number; was '1.5'",
        "--only gpu            | --only must be one of all, io, cpu, turns, processes; was 'gpu'",
        "--tasks               | --tasks needs a value",
        "fast                  | unexpected argument 'fast'"})
    void badArgumentsStopTheDemoWithAOneLineReason(String args, String reason) {
        var failure = assertThrows(BadArgumentsException.class, () -> Demo.main(args.split(" ")));
        assertEquals(reason, failure.getMessage());
    }

    @Test
    void badArgumentsPrintTheReasonAndThenTheUsage() {
        var err = new ByteArrayOutputStream();
        assertThrows(BadArgumentsException.class, () -> SpeedupOptions.CLI.parseOrExplain(
                new PrintStream(err, true, StandardCharsets.UTF_8), "--processes", "0"));
        var lines = err.toString(StandardCharsets.UTF_8).lines().toList();
        assertEquals("error: --processes must be from 1 to 64; was 0", lines.get(0));
        assertTrue(lines.get(1).startsWith("usage: mvn -pl 04-concurrency-speedup exec:java"), lines.get(1));
    }

    @Test
    void helpPrintsTheUsageAndRunsNothing() throws Exception {
        var out = new ByteArrayOutputStream();
        PrintStream original = System.out;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            Demo.main(new String[] {"--help"});
        } finally {
            System.setOut(original);
        }
        var usage = out.toString(StandardCharsets.UTF_8);
        assertTrue(usage.startsWith("usage: mvn -pl 04-concurrency-speedup exec:java"), usage);
        assertTrue(usage.contains("--cpu-work N"), usage);
        assertTrue(usage.contains("--only all|io|cpu|turns|processes"), usage);
    }

    @Test
    void aSmallRunOfEveryPartEndsWithEveryThreadAndChildFinished() {
        assertDoesNotThrow(() -> Demo.main(new String[] {"--tasks", "3", "--io-millis", "20",
                "--cpu-work", "30000", "--chunks", "2", "--processes", "2"}));
        assertEquals(0, ProcessHandle.current().children().filter(ProcessHandle::isAlive).count());
    }
}
