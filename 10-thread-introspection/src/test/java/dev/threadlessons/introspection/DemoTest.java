package dev.threadlessons.introspection;

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

/**
 * The demo runs to the end and joins every thread it starts (the leak checker would fail the
 * test otherwise), prints its usage on --help, and refuses bad arguments with a clear reason.
 */
class DemoTest {

    @Test
    void runsToTheEndWithDefaults() {
        assertDoesNotThrow(() -> Demo.main(new String[0]));
    }

    @Test
    void runsWithMorePermitWaiters() {
        assertDoesNotThrow(() -> Demo.main(new String[] {"--permit-waiters", "5"}));
    }

    @Test
    void helpPrintsTheUsageAndReturns() throws InterruptedException {
        var out = new ByteArrayOutputStream();
        var original = System.out;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            Demo.main(new String[] {"--help"});
        } finally {
            System.setOut(original);
        }
        String usage = out.toString(StandardCharsets.UTF_8);
        assertTrue(usage.startsWith("usage: mvn -pl 10-thread-introspection exec:java"), usage);
        assertTrue(usage.contains("--permit-waiters N"), usage);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "--waiters=2             | unknown option --waiters",
        "--permit-waiters        | --permit-waiters needs a value",
        "--permit-waiters=0      | --permit-waiters must be from 1 to 8; was 0",
        "--permit-waiters=-3     | --permit-waiters must be from 1 to 8; was -3",
        "--permit-waiters=9      | --permit-waiters must be from 1 to 8; was 9",
        "--permit-waiters=two    | --permit-waiters must be a whole number; was 'two'",
        "extra                   | unexpected argument 'extra'",
    })
    void rejectsBadArgumentsWithTheReason(String argument, String reason) {
        var err = new ByteArrayOutputStream();
        var original = System.err;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            var e = assertThrows(BadArgumentsException.class, () -> Demo.main(new String[] {argument}));
            assertEquals(reason, e.getMessage());
        } finally {
            System.setErr(original);
        }
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("usage:"),
                "the reader is shown how to run it");
    }
}
