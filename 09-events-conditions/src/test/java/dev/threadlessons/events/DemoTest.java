package dev.threadlessons.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.threadlessons.util.BadArgumentsException;

class DemoTest {

    @Test
    void runsToTheEndWithSmallSettings() {
        // The leak checker fails this test if the demo leaves any thread running.
        assertDoesNotThrowInterrupted(() -> Demo.main(new String[] {
                "--runners", "3", "--warm-up-ms", "5", "--producers", "2", "--consumers", "2",
                "--items", "3", "--produce-ms", "1"}));
    }

    @Test
    void helpPrintsTheUsageAndRunsNothing() {
        var out = new ByteArrayOutputStream();
        var original = System.out;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            assertDoesNotThrowInterrupted(() -> Demo.main(new String[] {"--help"}));
        } finally {
            System.setOut(original);
        }
        String usage = out.toString(StandardCharsets.UTF_8);
        assertTrue(usage.startsWith("usage: mvn -pl 09-events-conditions exec:java"), usage);
        assertTrue(usage.contains("--consumers N"), usage);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "--consumers 0      | --consumers must be from 1 to 20; was 0",
            "--runners -3       | --runners must be from 1 to 50; was -3",
            "--produce-ms soon  | --produce-ms must be a whole number; was 'soon'",
            "--items            | --items needs a value",
            "--speed 2          | unknown option --speed"})
    void badArgumentsStopTheDemoWithAReason(String args, String reason) {
        var err = new ByteArrayOutputStream();
        var original = System.err;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            var error = assertThrows(BadArgumentsException.class, () -> Demo.main(args.split(" ")));
            assertEquals(reason, error.getMessage());
        } finally {
            System.setErr(original);
        }
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("usage:"), "the usage follows the reason");
    }

    private interface DemoRun {
        void run() throws InterruptedException;
    }

    private static void assertDoesNotThrowInterrupted(DemoRun run) {
        try {
            run.run();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("the demo was interrupted", e);
        }
    }
}
