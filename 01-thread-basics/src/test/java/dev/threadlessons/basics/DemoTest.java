package dev.threadlessons.basics;

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
    void theDemoRunsWithAGivenNumberOfGreetings() {
        assertDoesNotThrow(() -> Demo.main(new String[] {"--greetings", "1"}));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "--bogus          | unknown option --bogus",
        "--greetings      | --greetings needs a value",
        "--greetings 0    | --greetings must be from 1 to 10; was 0",
        "--greetings -2   | --greetings must be from 1 to 10; was -2",
        "--greetings 11   | --greetings must be from 1 to 10; was 11",
        "--greetings many | --greetings must be a whole number; was 'many'"})
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
        assertTrue(usage.startsWith("usage: mvn -pl 01-thread-basics exec:java"), usage);
        assertTrue(usage.contains("--greetings N"), usage);
    }
}
