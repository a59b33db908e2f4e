package dev.threadlessons.subclassing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.threadlessons.testing.DemoOutput;
import dev.threadlessons.testing.DemoRun;
import dev.threadlessons.testing.LogLine;
import dev.threadlessons.testing.Readme;

class DemoTest {

    private static final Pattern DELAYED = Pattern.compile(
            "the delayed job ran on \\[timer-1] after (\\d+(?:\\.\\d+)?) (ms|s), the cancelled one never ran$");

    @Test
    void theVerdictStatesWhatTheRunShowedTheSameCountsWhereFailuresWentAndTheTimer() throws Exception {
        var run = DemoRun.of(Demo::run);

        assertEquals(0, run.status(), run::toString);
        String verdict = run.verdict();
        assertTrue(verdict.startsWith("the same counts [15, 7, 17] three ways; "), verdict);
        assertTrue(verdict.contains("; submit(): get() rethrew FileNotFoundException, wrapped, an unasked failure"
                + " reached no handler, [failing-pool-1] lived on; execute(): the handler got it,"
                + " [failing-pool-2] took over; "), verdict);
        Matcher delayed = DELAYED.matcher(verdict);
        assertTrue(delayed.find(), verdict);
        // A scheduled job never starts before its delay; no upper bound, a busy machine may be late.
        double amount = Double.parseDouble(delayed.group(1));
        assertTrue(delayed.group(2).equals("s") || amount >= 200, verdict);
    }

    @Test
    void eachWayRunsItsWorkOnTheThreadsItNamesAndAPoolOfOneRunsEveryJob() throws Exception {
        var run = DemoRun.of(Demo::run, "--pool-size", "1");

        assertEquals(0, run.status(), run::toString);
        assertEquals(Set.of("counter-1", "counter-2", "counter-3"), countedOn(run, "counter-"));
        assertEquals(Set.of("task-1", "task-2", "task-3"), countedOn(run, "task-"));
        assertEquals(Set.of("pool-1"), countedOn(run, "pool-"));
        assertEquals(3, run.linesWhere(m -> m.startsWith("counted ")).stream()
                .filter(line -> line.thread().equals("pool-1")).count(), run::toString);
        assertEquals(List.of("failing-pool-1"), run.linesWhere(m -> m.startsWith("uncaught "))
                .stream().map(LogLine::thread).toList(), run::toString);
    }

    @Test
    void theReadmeQuotesTheShapeOfAFreshRun() throws Exception {
        Readme.ofThisLesson().assertExcerptMatches(DemoRun.of(Demo::run));
    }

    @Test
    void everyCodeBlockOfTheReadmeIsItsSource() throws Exception {
        Readme.ofThisLesson().assertCodeBlocksMatchTheirSources();
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

    private static Set<String> countedOn(DemoOutput run, String prefix) {
        return run.linesWhere(m -> m.startsWith("counted ")).stream().map(LogLine::thread)
                .filter(thread -> thread.startsWith(prefix)).collect(Collectors.toSet());
    }
}
