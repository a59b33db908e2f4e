package dev.threadlessons.deadlock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.threadlessons.testing.DemoRun;

class DemoTest {

    @Test
    void aSmallRunEndsWithStatusZeroAndAVerdict() throws Exception {
        var output = DemoRun.of(Demo::run, "--transfers", "2000", "--threads", "3", "--accounts", "4");
        assertEquals(0, output.status(), output::toString);
        assertFalse(output.verdict().isBlank());
        assertEquals(Optional.empty(), DeadlockDetector.find());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "--bogus 1          | unknown option --bogus",
        "--accounts         | --accounts needs a value",
        "--accounts 1       | --accounts must be from 2 to 1000; was 1",
        "--transfers 0      | --transfers must be from 1 to 10000000; was 0",
        "--threads -3       | --threads must be from 1 to 64; was -3",
        "--threads many     | --threads must be a whole number; was 'many'",
        "--threads 2 --threads 3 | --threads is given twice"
    })
    void badArgumentsEndTheDemoWithOneLineOfReasonTheUsageAndStatusTwo(String args, String reason)
            throws Exception {
        DemoRun.of(Demo::run, args.trim().split("\\s+")).assertRejected(reason);
    }

    @Test
    void helpListsEveryOptionAndRunsNothing() throws Exception {
        DemoRun.of(Demo::run, "--help").assertHelp("--accounts N", "--transfers N", "--threads N");
    }
}
