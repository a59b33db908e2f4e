package dev.threadlessons.basics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.threadlessons.testing.DemoRun;

class DemoTest {

    @Test
    void aSmallRunEndsWithStatusZeroAndAVerdict() throws Exception {
        var output = DemoRun.of(Demo::run, "--greetings", "1");
        assertEquals(0, output.status(), output::toString);
        assertFalse(output.verdict().isBlank());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "--bogus          | unknown option --bogus",
        "--greetings      | --greetings needs a value",
        "--greetings 0    | --greetings must be from 1 to 10; was 0",
        "--greetings -2   | --greetings must be from 1 to 10; was -2",
        "--greetings 11   | --greetings must be from 1 to 10; was 11",
        "--greetings many | --greetings must be a whole number; was 'many'"
    })
    void badArgumentsEndTheDemoWithOneLineOfReasonTheUsageAndStatusTwo(String args, String reason)
            throws Exception {
        DemoRun.of(Demo::run, args.trim().split("\\s+")).assertRejected(reason);
    }

    @Test
    void helpListsEveryOptionAndRunsNothing() throws Exception {
        DemoRun.of(Demo::run, "--help").assertHelp("--greetings N");
    }
}
