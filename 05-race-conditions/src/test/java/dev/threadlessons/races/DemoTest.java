package dev.threadlessons.races;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.threadlessons.testing.DemoOutput;
import dev.threadlessons.testing.DemoRun;
import dev.threadlessons.testing.LogLine;
import dev.threadlessons.testing.Readme;

/**
 * The demo's verdict, checked fact by fact against what the run printed: the forced races lose
 * exactly what they must, the check-then-act overdraft and the second instance happen, and the
 * free-running count of lossy runs is the count of the runs that lost. Then the README: its
 * excerpt has the shape of a fresh run, and its code is the code.
 */
class DemoTest {

    private static final Pattern RUN = Pattern.compile("run (\\d+): expected (\\d+), got (\\d+) - (.*) \\(.*\\)");

    @Test
    void theForcedRacesLoseExactlyWhatTheyMustAndTheVerdictSaysHowManyFreeRunsLost() throws Exception {
        DemoOutput run = DemoRun.of(Demo::run, "--threads", "2", "--increments", "20000", "--runs", "4");
        assertEquals(0, run.status(), run::toString);

        List<LogLine> runs = run.linesWhere(message -> message.startsWith("run "));
        assertEquals(4, runs.size(), run::toString);
        long lossy = 0;
        long most = 0;
        for (LogLine line : runs) {
            Matcher m = RUN.matcher(line.message());
            assertTrue(m.matches(), line::toString);
            assertEquals(40_000, Long.parseLong(m.group(2)), line::toString);
            long lost = 40_000 - Long.parseLong(m.group(3));
            assertTrue(lost >= 0, line::toString);
            lossy += lost > 0 ? 1 : 0;
            most = Math.max(most, lost);
        }

        List<LogLine> steps = run.linesWhere(message -> message.startsWith("read ") || message.startsWith("wrote "));
        assertEquals(List.of("read 0", "read 0", "wrote 1", "wrote 1"), steps.stream().map(LogLine::message).toList(),
                "both workers read before either writes");
        assertEquals(List.of("worker-1", "worker-2"), steps.subList(0, 2).stream().map(LogLine::thread).sorted().toList());
        assertTrue(run.lineContaining("expected 2, got 1 - 1 update lost").isPresent(), run::toString);

        assertEquals(2, run.linesWhere(message -> message.equals("balance 100 covers 80: approved")).size(), run::toString);
        assertTrue(run.lineContaining("paid out 160 from an account that held 100; balance -60").isPresent(), run::toString);
        assertEquals(2, run.linesWhere(message -> message.equals("no instance yet: creating one")).size(), run::toString);

        assertEquals("free-running: updates lost in " + lossy + " of 4 runs (at most " + most + " of 40000); "
                + "forced: expected 2, got 1 - 1 update lost; paid out 160 from 100, balance -60; "
                + "2 instances from one lazy initialiser", run.verdict());
    }

    @Test
    void theReadmeQuotesTheShapeOfAFreshRun() throws Exception {
        DemoOutput run = DemoRun.of(Demo::run, "--threads", "2", "--increments", "1000", "--runs", "1");

        Readme.ofThisLesson().assertExcerptMatches(run);
    }

    @Test
    void everyCodeBlockInTheReadmeIsItsSource() throws Exception {
        Readme.ofThisLesson().assertCodeBlocksMatchTheirSources();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "--colour blue   | unknown option --colour",
        "--threads       | --threads needs a value",
        "--threads 1     | --threads must be from 2 to 64; was 1",
        "--increments 0  | --increments must be from 1 to 10000000; was 0",
        "--runs -3       | --runs must be from 1 to 20; was -3",
        "--threads four  | --threads must be a whole number; was 'four'",
        "--play nope     | --play must be one of off, lost-update, overdraft; was 'nope'",
        "--moves 1,,2    | --moves must be N,N,...; was '1,,2'"
    })
    void badArgumentsEndTheDemoWithOneLineOfReasonTheUsageAndStatusTwo(String args, String reason)
            throws Exception {
        DemoRun.of(Demo::run, args.trim().split("\\s+")).assertRejected(reason);
    }

    @Test
    void helpListsEveryOptionAndRunsNothing() throws Exception {
        DemoRun.of(Demo::run, "--help").assertHelp("--threads N", "--increments N", "--runs N",
                "--play [LEVEL]", "--moves N,N,...");
    }

    @Test
    void playWithMovesPlaysTheLevelInsteadOfTheDemoAndEndsWithStatusZero() throws Exception {
        var run = DemoRun.of(Demo::run, "--play", "overdraft", "--moves", "1,2,2,1");

        assertEquals(0, run.status());
        assertTrue(run.out().contains("*** You broke it: customer-2 went through while customer-1 was between"
                + " its check and its act: 160 paid out of 100, balance -60"), run.out());
        assertTrue(run.sections().isEmpty(), "the demo's scenes did not run: " + run.sections());
    }

    @Test
    void everyGameInTheReadmeReplaysAsQuoted() throws Exception {
        assertTrue(Readme.ofThisLesson().assertGamesReplay(Demo::run) >= 1, "the README shows no game");
    }
}
