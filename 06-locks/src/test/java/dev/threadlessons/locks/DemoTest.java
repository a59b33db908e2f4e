package dev.threadlessons.locks;

import static org.junit.jupiter.api.Assertions.assertAll;
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
    void runsToItsVerdictWithSmallNumbers() {
        assertDoesNotThrow(() -> Demo.main(new String[] {"--threads", "2", "--increments", "1000"}));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "--colour blue       | unknown option --colour",
        "--increments        | --increments needs a value",
        "--threads 0         | --threads must be from 1 to 64; was 0",
        "--increments -10    | --increments must be from 1 to 10000000; was -10",
        "--threads many      | --threads must be a whole number; was 'many'",
        "4                   | unexpected argument '4'",
    })
    void badArgumentsEndTheDemoWithAMessage(String arguments, String message) {
        var e = assertThrows(BadArgumentsException.class, () -> Demo.main(arguments.split(" +")));
        assertEquals(message, e.getMessage());
    }

    @Test
    void helpPrintsEveryOptionAndRunsNothing() throws InterruptedException {
        var captured = new ByteArrayOutputStream();
        PrintStream original = System.out;
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            Demo.main(new String[] {"--help"});
        } finally {
            System.setOut(original);
        }
        String usage = captured.toString(StandardCharsets.UTF_8);
        assertAll(
                () -> assertTrue(usage.startsWith("usage: mvn -pl 06-locks exec:java"), usage),
                () -> assertTrue(usage.contains("--threads N"), usage),
                () -> assertTrue(usage.contains("--increments N"), usage));
    }
}
