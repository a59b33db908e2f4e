package dev.threadlessons.semaphores;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.threadlessons.testing.DemoRun;

class DemoTest {

    @Test
    void aSmallRunEndsWithStatusZeroAndAVerdict() throws Exception {
        var output = DemoRun.of(Demo::run, "--permits", "2", "--workers", "4", "--work-ms", "5", "--timeout-ms", "10");
        assertEquals(0, output.status(), output::toString);
        assertFalse(output.verdict().isBlank());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "--workers 0        | --workers must be from 1 to 200; was 0",
            "--permits -3       | --permits must be from 1 to 100; was -3",
            "--work-ms soon     | --work-ms must be a whole number; was 'soon'",
            "--timeout-ms       | --timeout-ms needs a value",
            "--speed 2          | unknown option --speed"
    })
    void badArgumentsEndTheDemoWithOneLineOfReasonTheUsageAndStatusTwo(String args, String reason)
            throws Exception {
        DemoRun.of(Demo::run, args.trim().split("\\s+")).assertRejected(reason);
    }

    @Test
    void helpListsEveryOptionAndRunsNothing() throws Exception {
        DemoRun.of(Demo::run, "--help").assertHelp("--permits N", "--workers N", "--work-ms N", "--timeout-ms N");
    }
}
