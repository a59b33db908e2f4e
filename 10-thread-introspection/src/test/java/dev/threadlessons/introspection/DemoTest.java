package dev.threadlessons.introspection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.threadlessons.testing.DemoRun;

class DemoTest {

    @Test
    void aSmallRunEndsWithStatusZeroAndAVerdict() throws Exception {
        var output = DemoRun.of(Demo::run, "--permit-waiters", "5");
        assertEquals(0, output.status(), output::toString);
        assertFalse(output.verdict().isBlank());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "--waiters=2             | unknown option --waiters",
        "--permit-waiters        | --permit-waiters needs a value",
        "--permit-waiters=0      | --permit-waiters must be from 1 to 8; was 0",
        "--permit-waiters=-3     | --permit-waiters must be from 1 to 8; was -3",
        "--permit-waiters=9      | --permit-waiters must be from 1 to 8; was 9",
        "--permit-waiters=two    | --permit-waiters must be a whole number; was 'two'",
        "extra                   | unexpected argument 'extra'"
    })
    void badArgumentsEndTheDemoWithOneLineOfReasonTheUsageAndStatusTwo(String args, String reason)
            throws Exception {
        DemoRun.of(Demo::run, args.trim().split("\\s+")).assertRejected(reason);
    }

    @Test
    void helpListsEveryOptionAndRunsNothing() throws Exception {
        DemoRun.of(Demo::run, "--help").assertHelp("--permit-waiters N");
    }
}
