package dev.threadlessons.naming;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
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
    void theDemoRunsToTheEndWithItsDefaults() {
        assertDoesNotThrow(() -> Demo.main(new String[0]));
    }

    @Test
    void theDemoRunsWithOneWorkerAndTheSmallestLimit() {
        assertDoesNotThrow(() -> Demo.main(new String[] {"--workers", "1", "--limit", "1000",
                "--join-timeout-ms", "1"}));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "--bogus                 | unknown option --bogus",
        "--workers               | --workers needs a value",
        "--workers 0             | --workers must be from 1 to 16; was 0",
        "--workers -1            | --workers must be from 1 to 16; was -1",
        "--workers 17            | --workers must be from 1 to 16; was 17",
        "--workers four          | --workers must be a whole number; was 'four'",
        "--limit 999             | --limit must be from 1000 to 20000000; was 999",
        "--join-timeout-ms 0     | --join-timeout-ms must be from 1 to 5000; was 0",
        "--join-timeout-ms 1.5   | --join-timeout-ms must be a whole number; was '1.5'"})
    void badArgumentsAreRejectedWithTheReasonAndTheUsage(String args, String reason) {
        var captured = new ByteArrayOutputStream();
        var previous = System.err;
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        BadArgumentsException error;
        try {
            error = assertThrows(BadArgumentsException.class, () -> Demo.main(args.split(" ")));
        } finally {
            System.setErr(previous);
        }
        assertEquals(reason, error.getMessage());
        String err = captured.toString(StandardCharsets.UTF_8);
        assertTrue(err.startsWith("error: " + reason + System.lineSeparator() + "usage: "), err);
    }

    @Test
    void helpPrintsTheUsageAndRunsNothing() throws Exception {
        var captured = new ByteArrayOutputStream();
        var previous = System.out;
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            Demo.main(new String[] {"--help"});
        } finally {
            System.setOut(previous);
        }
        String usage = captured.toString(StandardCharsets.UTF_8);
        assertTrue(usage.startsWith("usage: mvn -pl 02-naming-and-join exec:java"), usage);
        assertTrue(usage.contains("--workers N") && usage.contains("--limit N")
                && usage.contains("--join-timeout-ms N"), usage);
    }
}
