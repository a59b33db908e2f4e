package dev.threadlessons.deadlock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.threadlessons.util.BadArgumentsException;

class DemoTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "--bogus 1          | unknown option --bogus",
        "--accounts         | --accounts needs a value",
        "--accounts 1       | --accounts must be from 2 to 1000; was 1",
        "--transfers 0      | --transfers must be from 1 to 10000000; was 0",
        "--threads -3       | --threads must be from 1 to 64; was -3",
        "--threads many     | --threads must be a whole number; was 'many'",
        "--threads 2 --threads 3 | --threads is given twice",
    })
    void badArgumentsAreRejectedWithAReason(String args, String message) {
        var err = new ByteArrayOutputStream();
        var e = assertThrows(BadArgumentsException.class,
                () -> Demo.CLI.parseOrExplain(new PrintStream(err, true, StandardCharsets.UTF_8),
                        args.trim().split("\\s+")));

        assertEquals(message, e.getMessage());
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("usage: mvn -pl 07-deadlock exec:java"));
    }

    @Test
    void badArgumentsEscapeMainSoTheRunEndsWithAnError() {
        var e = assertThrows(BadArgumentsException.class, () -> Demo.main(new String[] {"--accounts", "0"}));

        assertEquals("--accounts must be from 2 to 1000; was 0", e.getMessage());
    }

    @Test
    void helpPrintsTheOptionsAndRunsNothing() throws InterruptedException {
        var out = new ByteArrayOutputStream();
        var original = System.out;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            Demo.main(new String[] {"--help"});
        } finally {
            System.setOut(original);
        }

        String usage = out.toString(StandardCharsets.UTF_8);
        assertTrue(usage.contains("--accounts N"), usage);
        assertTrue(usage.contains("--transfers N"), usage);
        assertTrue(usage.contains("--threads N"), usage);
    }

    @Test
    void theDemoRunsToTheEndAndLeavesNoDeadlockedThreadBehind() throws InterruptedException {
        Demo.main(new String[] {"--transfers", "2000", "--threads", "3", "--accounts", "4"});

        assertEquals(Optional.empty(), DeadlockDetector.find());
    }
}
