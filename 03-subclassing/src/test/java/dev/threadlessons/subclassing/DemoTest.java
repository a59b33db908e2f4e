package dev.threadlessons.subclassing;

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
    void theDemoRunsWithAPoolOfOneThread() {
        assertDoesNotThrow(() -> Demo.main(new String[] {"--pool-size", "1"}));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "--bogus          | unknown option --bogus",
        "--pool-size      | --pool-size needs a value",
        "--pool-size 0    | --pool-size must be from 1 to 8; was 0",
        "--pool-size -1   | --pool-size must be from 1 to 8; was -1",
        "--pool-size 9    | --pool-size must be from 1 to 8; was 9",
        "--pool-size two  | --pool-size must be a whole number; was 'two'"})
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
        assertTrue(usage.startsWith("usage: mvn -pl 03-subclassing exec:java"), usage);
        assertTrue(usage.contains("--pool-size N"), usage);
    }
}
