package dev.threadlessons.subclassing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.threadlessons.testing.DemoRun;

class DemoTest {

    @Test
    void aSmallRunEndsWithStatusZeroAndAVerdict() throws Exception {
        var output = DemoRun.of(Demo::run, "--pool-size", "1");
        assertEquals(0, output.status(), output::toString);
        assertFalse(output.verdict().isBlank());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "--bogus          | unknown option --bogus",
        "--pool-size      | --pool-size needs a value",
        "--pool-size 0    | --pool-size must be from 1 to 8; was 0",
        "--pool-size -1   | --pool-size must be from 1 to 8; was -1",
        "--pool-size 9    | --pool-size must be from 1 to 8; was 9",
        "--pool-size two  | --pool-size must be a whole number; was 'two'"
    })
    void badArgumentsEndTheDemoWithOneLineOfReasonTheUsageAndStatusTwo(String args, String reason)
            throws Exception {
        DemoRun.of(Demo::run, args.trim().split("\\s+")).assertRejected(reason);
    }

    @Test
    void helpListsEveryOptionAndRunsNothing() throws Exception {
        DemoRun.of(Demo::run, "--help").assertHelp("--pool-size N");
    }
}
