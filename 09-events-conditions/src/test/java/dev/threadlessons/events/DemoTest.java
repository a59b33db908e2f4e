package dev.threadlessons.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.threadlessons.testing.DemoRun;

class DemoTest {

    @Test
    void aSmallRunEndsWithStatusZeroAndAVerdict() throws Exception {
        var output = DemoRun.of(Demo::run, "--runners", "3", "--warm-up-ms", "5", "--producers", "2", "--consumers", "2", "--items", "3", "--produce-ms", "1");
        assertEquals(0, output.status(), output::toString);
        assertFalse(output.verdict().isBlank());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "--consumers 0      | --consumers must be from 1 to 20; was 0",
            "--runners -3       | --runners must be from 1 to 50; was -3",
            "--produce-ms soon  | --produce-ms must be a whole number; was 'soon'",
            "--items            | --items needs a value",
            "--speed 2          | unknown option --speed"
    })
    void badArgumentsEndTheDemoWithOneLineOfReasonTheUsageAndStatusTwo(String args, String reason)
            throws Exception {
        DemoRun.of(Demo::run, args.trim().split("\\s+")).assertRejected(reason);
    }

    @Test
    void helpListsEveryOptionAndRunsNothing() throws Exception {
        DemoRun.of(Demo::run, "--help").assertHelp("--runners N", "--warm-up-ms N", "--producers N", "--consumers N", "--items N", "--produce-ms N");
    }
}
