package dev.threadlessons.races;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.threadlessons.testing.DemoRun;

class DemoTest {

    @Test
    void aSmallRunEndsWithStatusZeroAndAVerdict() throws Exception {
        var output = DemoRun.of(Demo::run, "--threads", "2", "--increments", "1000", "--runs", "1");
        assertEquals(0, output.status(), output::toString);
        assertFalse(output.verdict().isBlank());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "--colour blue   | unknown option --colour",
        "--threads       | --threads needs a value",
        "--threads 1     | --threads must be from 2 to 64; was 1",
        "--increments 0  | --increments must be from 1 to 10000000; was 0",
        "--runs -3       | --runs must be from 1 to 20; was -3",
        "--threads four  | --threads must be a whole number; was 'four'"
    })
    void badArgumentsEndTheDemoWithOneLineOfReasonTheUsageAndStatusTwo(String args, String reason)
            throws Exception {
        DemoRun.of(Demo::run, args.trim().split("\\s+")).assertRejected(reason);
    }

    @Test
    void helpListsEveryOptionAndRunsNothing() throws Exception {
        DemoRun.of(Demo::run, "--help").assertHelp("--threads N", "--increments N", "--runs N");
    }
}
