package dev.threadlessons.virtualthreads;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.threadlessons.util.BadArgumentsException;

class DemoTest {

    @BeforeAll
    static void startTheSchedulerBeforeTheLeakCheckerLooks() throws InterruptedException {
        WarmScheduler.warmUp();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "--virtual                | unknown option --virtual",
        "--tasks 0                | --tasks must be from 1 to 1000000; was 0",
        "--sleep-millis -5        | --sleep-millis must be from 1 to 10000; was -5",
        "--platform-threads many  | --platform-threads must be a whole number; was 'many'",
        "--tasks                  | --tasks needs a value"})
    void badArgumentsStopTheDemoWithAOneLineReason(String args, String reason) {
        var failure = assertThrows(BadArgumentsException.class, () -> Demo.main(args.split(" ")));
        assertEquals(reason, failure.getMessage());
    }

    @Test
    void helpPrintsTheUsageAndRunsNothing() {
        var out = new ByteArrayOutputStream();
        PrintStream original = System.out;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            Demo.main(new String[] {"--help"});
        } finally {
            System.setOut(original);
        }
        var usage = out.toString(StandardCharsets.UTF_8);
        assertTrue(usage.startsWith("usage: mvn -pl 11-virtual-threads exec:java"), usage);
        assertTrue(usage.contains("--platform-threads N"), usage);
    }

    @Test
    void aSmallRunEndsWithEveryThreadFinished() {
        assertDoesNotThrow(() -> Demo.main(new String[] {"--tasks", "50", "--sleep-millis", "5",
                "--platform-threads", "5"}));
    }
}
