package dev.threadlessons.naming;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.threadlessons.testing.DemoRun;
import dev.threadlessons.testing.LogLine;
import dev.threadlessons.testing.Readme;

class DemoTest {

    @Test
    void theVerdictSaysJoinTimedOutWithTheWorkerAliveAndThePartsAddUpToTheWhole() throws Exception {
        var output = DemoRun.of(Demo::run);

        assertEquals(0, output.status(), output::toString);
        assertEquals("join(200 ms) returned with slow-worker still alive; one worker found 25997 primes"
                + " below 300000, 4 workers found 25997 (the same)", output.verdict());
        // Joined in start order, each count read after its join(): 7393 + 6455 + 6172 + 5977 = 25997.
        assertEquals(List.of("joined worker-1: 7393 primes", "joined worker-2: 6455 primes",
                        "joined worker-3: 6172 primes", "joined worker-4: 5977 primes"),
                output.linesWhere(m -> m.startsWith("joined worker-")).stream().map(LogLine::message).toList());
        Readme.ofThisLesson().assertExcerptMatches(output);
    }

    @Test
    void eachThreadLogsUnderItsNameAndJoinWithATimeoutLeavesTheGatedWorkerAlive() throws Exception {
        var output = DemoRun.of(Demo::run, "--workers", "3", "--limit", "10000", "--join-timeout-ms", "1");

        assertEquals(0, output.status(), output::toString);
        var sayers = output.linesWhere(m -> m.startsWith("my name is "));
        assertEquals(4, sayers.size(), output::toString);
        for (LogLine line : sayers) {
            assertEquals("my name is " + line.thread(), line.message());
        }
        assertTrue(sayers.get(0).thread().matches("Thread-\\d+"), sayers.get(0)::toString);
        assertTrue(sayers.get(1).thread().matches("Thread-\\d+"), sayers.get(1)::toString);
        assertEquals(List.of("downloader", "second-name"),
                List.of(sayers.get(2).thread(), sayers.get(3).thread()));
        assertEquals("worker (renamed)",
                output.lineContaining("a running thread may rename itself").orElseThrow().thread());
        assertTrue(output.lineContaining("slow-worker alive=true, state WAITING").isPresent(), output::toString);
        assertEquals("join(1 ms) returned with slow-worker still alive; one worker found 1229 primes below 10000,"
                + " 3 workers found 1229 (the same)", output.verdict());
    }

    @Test
    void theReadmeShowsTheCodeAsItIsInTheSources() throws Exception {
        Readme.ofThisLesson().assertCodeBlocksMatchTheirSources();
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
