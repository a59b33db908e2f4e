package dev.threadlessons.naming;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.threadlessons.testing.DemoRun;

class DemoTest {

    @Test
    void aSmallRunEndsWithStatusZeroAndAVerdict() throws Exception {
        var output = DemoRun.of(Demo::run, "--workers", "1", "--limit", "1000", "--join-timeout-ms", "1");
        assertEquals(0, output.status(), output::toString);
        assertFalse(output.verdict().isBlank());
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
        "--join-timeout-ms 1.5   | --join-timeout-ms must be a whole number; was '1.5'"
    })
    void badArgumentsEndTheDemoWithOneLineOfReasonTheUsageAndStatusTwo(String args, String reason)
            throws Exception {
        DemoRun.of(Demo::run, args.trim().split("\\s+")).assertRejected(reason);
    }

    @Test
    void helpListsEveryOptionAndRunsNothing() throws Exception {
        DemoRun.of(Demo::run, "--help").assertHelp("--workers N", "--limit N", "--join-timeout-ms N");
    }
}
