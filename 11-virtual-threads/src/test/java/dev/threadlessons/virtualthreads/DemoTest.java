package dev.threadlessons.virtualthreads;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.threadlessons.testing.DemoRun;
import dev.threadlessons.testing.Readme;

class DemoTest {

    /** 2000 tasks of 50 ms: a pool of 100 needs 20 waves, at least 1 s; the whole run stays short. */
    private static final String[] SMALL = {"--tasks", "2000", "--sleep-millis", "50", "--platform-threads", "100"};

    private static final Pattern VERDICT = Pattern.compile("2000 tasks sleeping 50(?:\\.0)? ms: virtual threads \\S+ \\S+"
            + " \\((\\d+\\.\\d) sleep times, (\\d+) platform threads at most\\), a pool of 100 platform threads \\S+ \\S+"
            + " \\((\\d+\\.\\d) sleep times for 20 waves, (\\d+) platform threads at most\\); every task ran exactly once");

    @Test
    void theVerdictShowsOneThreadPerTaskOnFewPlatformThreadsAndAPoolThatGoesInWaves() throws Exception {
        var run = DemoRun.of(Demo::run, SMALL);

        assertEquals(0, run.status(), run::toString);
        Matcher verdict = VERDICT.matcher(run.verdict());
        assertTrue(verdict.matches(), run.verdict());
        double virtualSleeps = Double.parseDouble(verdict.group(1));
        int virtualPeak = Integer.parseInt(verdict.group(2));
        double poolSleeps = Double.parseDouble(verdict.group(3));
        int poolPeak = Integer.parseInt(verdict.group(4));
        // Lower bounds only: a sleep never ends early, so the virtual threads take at least one
        // sleep, and one pool thread slept at least 20 times in a row.
        assertTrue(virtualSleeps >= 1.0, run.verdict());
        assertTrue(poolSleeps >= 20.0, run.verdict());
        // The pool made its 100 threads. 2000 virtual threads need no platform thread each: the
        // JVM's, JUnit's and one carrier per core, under a tenth of the tasks even on 128 cores.
        assertTrue(poolPeak >= 100, run.verdict());
        assertTrue(virtualPeak < 200, run.verdict());
        assertTrue(run.lineContaining("2000 tasks done in").orElseThrow().message()
                .endsWith(", 2000 of them on virtual threads; at most " + virtualPeak
                        + " platform threads were alive in this JVM"), run::toString);
        assertEquals(2, run.linesWhere(m -> m.startsWith("2000 tasks done in")).size(), run::toString);
        assertTrue(run.linesWhere(m -> m.startsWith("2000 tasks done in")).get(1).message()
                .contains(", 0 of them on virtual threads;"), run::toString);
    }

    @Test
    void theReadmeQuotesTheShapeOfAFreshRun() throws Exception {
        Readme.ofThisLesson().assertExcerptMatches(DemoRun.of(Demo::run, SMALL));
    }

    @Test
    void everyCodeBlockOfTheReadmeIsItsSource() throws Exception {
        Readme.ofThisLesson().assertCodeBlocksMatchTheirSources();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "--virtual                | unknown option --virtual",
        "--tasks 0                | --tasks must be from 1 to 1000000; was 0",
        "--sleep-millis -5        | --sleep-millis must be from 1 to 10000; was -5",
        "--platform-threads many  | --platform-threads must be a whole number; was 'many'",
        "--tasks                  | --tasks needs a value"
    })
    void badArgumentsEndTheDemoWithOneLineOfReasonTheUsageAndStatusTwo(String args, String reason)
            throws Exception {
        DemoRun.of(Demo::run, args.trim().split("\\s+")).assertRejected(reason);
    }

    @Test
    void helpListsEveryOptionAndRunsNothing() throws Exception {
        DemoRun.of(Demo::run, "--help").assertHelp("--tasks N", "--sleep-millis N", "--platform-threads N");
    }
}
