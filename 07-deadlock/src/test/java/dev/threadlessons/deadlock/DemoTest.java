package dev.threadlessons.deadlock;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.threadlessons.testing.DemoOutput;
import dev.threadlessons.testing.DemoRun;
import dev.threadlessons.testing.LogLine;
import dev.threadlessons.testing.Readme;
import dev.threadlessons.util.RecordedTimeline;
import dev.threadlessons.util.RecordedTimeline.Span;
import dev.threadlessons.util.RecordedTimeline.State;
import dev.threadlessons.util.ThreadRecording;

import dev.threadlessons.deadlock.stage.Deadlock;
import dev.threadlessons.deadlock.stage.DeadlockDetector;
import dev.threadlessons.deadlock.stage.TransferWorkload;

/**
 * The demo runs once, in {@code @BeforeAll}, and most tests read that one run. The first test runs
 * every other check on the same run, on purpose: PIT counts what {@code @BeforeAll} runs as
 * covered by the first test of the class only, and runs only that test against a fault planted in
 * the demo (pitest issue 1081 explains why).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DemoTest {

    private static final Pattern JVM_VIEW = Pattern.compile(
            "JVM view: {2}(\\S+) holds \\[(\\S+)], waits for (\\S+) held by (\\S+)");
    private static final Pattern BROKEN_RUNS = Pattern.compile("DeadlockingTransfer deadlocked in (\\d+) of (\\d+) runs");

    /** One run with the defaults, shared by the tests that read what it printed. */
    private static DemoOutput run;

    /** What the JVM view said about one thread of the staged deadlock. */
    private record Reported(String name, String holds, String waitsFor, String heldBy) {
    }

    @BeforeAll
    static void runTheDemoOnce() throws Exception {
        run = DemoRun.of(Demo::run);
    }

    /** Every check below, on the same run, as one test (see the class comment for why). */
    @Test
    @Order(1)
    void everyCheckOfThisClassHoldsForTheOneRun() {
        assertAll(this::theDemoEndsWithStatusZeroAndLeavesNoDeadlockedThreadBehind,
                this::theStagedDeadlockIsFoundWithItsTwoThreadsAndBrokenByOneInterrupt,
                this::theJvmViewNamesTheLocksCrosswiseEachThreadHoldsWhatTheOtherWaitsFor,
                this::everyFixFinishesAllItsTransfersAndEveryRunConservesTheMoney,
                this::theBrokenStrategysDeadlockCountIsTheNumberOfItsRunsThatDeadlocked,
                this::theReadmeQuotesTheSectionsAndVerdictOfAFreshRun,
                this::thePictureShowsBothTransfersParkedOnALockAtTheSameTime);
    }

    @Test
    void thePictureShowsBothTransfersParkedOnALockAtTheSameTime() throws Exception {
        assertEquals(List.of("target/pictures/deadlock.svg (recording: target/pictures/deadlock.jfr)"),
                run.messages().stream().filter(m -> m.contains(".svg (recording: ")).map(String::strip).toList(),
                run::toString);
        Readme.ofThisLesson().assertShowsPictures(List.of("deadlock"));
        String svg = Files.readString(Path.of("target/pictures/deadlock.svg"));
        assertTrue(svg.contains(">transfer-1-to-2</text>") && svg.contains(">transfer-2-to-1</text>"), svg);

        RecordedTimeline recorded = ThreadRecording.read(Path.of("target/pictures/deadlock.jfr"),
                thread -> thread.startsWith("transfer-"));
        Span forward = parkedOnALock(recorded, "transfer-1-to-2");
        Span backward = parkedOnALock(recorded, "transfer-2-to-1");
        assertTrue(forward.overlaps(backward), () -> "the deadlock: both parked at once, " + forward + " and " + backward);
    }

    private static Span parkedOnALock(RecordedTimeline recorded, String thread) {
        return recorded.row(thread).orElseThrow(() -> new AssertionError(thread + " not recorded: " + recorded))
                .spans(State.PARKED).stream().filter(span -> span.label().equals("parked on ReentrantLock"))
                .findFirst().orElseThrow(() -> new AssertionError(thread + " never parked on a lock: " + recorded));
    }

    @Test
    void keepingTheDeadlockSaysHowToSeeItWithJcmdAndStillEndsWithStatusZero() throws Exception {
        var kept = DemoRun.of(Demo::run, "--keep-deadlock-s", "1", "--runs", "1", "--transfers", "10", "--pictures", "off");

        assertEquals(0, kept.status(), kept::toString);
        long pid = ProcessHandle.current().pid();
        assertTrue(kept.lineContaining("the deadlock stays for 1.00 s: in another terminal, run  jcmd " + pid
                + " Thread.print  (or jstack " + pid + ")").isPresent(), kept::toString);
        assertTrue(kept.verdict().contains(", no thread left;"), kept::verdict);
        assertEquals(Optional.empty(), DeadlockDetector.find());
    }

    @Test
    void theDemoEndsWithStatusZeroAndLeavesNoDeadlockedThreadBehind() {
        assertEquals(0, run.status(), run::toString);
        assertEquals(Optional.empty(), DeadlockDetector.find());
    }

    @Test
    void theStagedDeadlockIsFoundWithItsTwoThreadsAndBrokenByOneInterrupt() {
        String verdict = run.verdict();
        assertTrue(verdict.startsWith("deadlock of [transfer-1-to-2, transfer-2-to-1] found after "), verdict);
        assertTrue(verdict.contains(", broken: [transfer-2-to-1] gave up, [transfer-1-to-2] completed, no thread left;"),
                verdict);
        assertTrue(run.lineContaining("both threads ended: true; gave up: [transfer-2-to-1]; completed:"
                + " [transfer-1-to-2]; balances 990 and 1010, total 2000").isPresent(), run::toString);
    }

    @Test
    void theJvmViewNamesTheLocksCrosswiseEachThreadHoldsWhatTheOtherWaitsFor() {
        Map<String, Reported> jvm = run.linesWhere(m -> m.startsWith("JVM view:")).stream()
                .map(LogLine::message).map(DemoTest::reported)
                .collect(Collectors.toMap(Reported::name, r -> r));
        assertEquals(2, jvm.size(), run::toString);
        var forward = jvm.get("transfer-1-to-2");
        var backward = jvm.get("transfer-2-to-1");
        assertEquals(List.of(backward.holds(), "transfer-2-to-1"), List.of(forward.waitsFor(), forward.heldBy()));
        assertEquals(List.of(forward.holds(), "transfer-1-to-2"), List.of(backward.waitsFor(), backward.heldBy()));
        assertTrue(forward.holds().startsWith("java.util.concurrent.locks.ReentrantLock$NonfairSync@"), forward::toString);
        // The bank view gives the same two locks their accounts' names.
        assertTrue(run.lineContaining("bank view: transfer-1-to-2 holds account-1's lock and waits for account-2's lock ("
                + forward.waitsFor() + "), held by transfer-2-to-1").isPresent(), run::toString);
        assertTrue(run.lineContaining("bank view: transfer-2-to-1 holds account-2's lock and waits for account-1's lock ("
                + backward.waitsFor() + "), held by transfer-1-to-2").isPresent(), run::toString);
    }

    private static Reported reported(String message) {
        Matcher m = JVM_VIEW.matcher(message);
        assertTrue(m.matches(), "not a JVM view line: " + message);
        return new Reported(m.group(1), m.group(2), m.group(3), m.group(4));
    }

    @Test
    void everyFixFinishesAllItsTransfersAndEveryRunConservesTheMoney() {
        String verdict = run.verdict();
        assertTrue(verdict.endsWith("OrderedTransfer finished 20000/20000, TryLockTransfer finished 20000/20000,"
                + " CoarseLockTransfer finished 20000/20000; money conserved in 8 of 8 runs"), verdict);
    }

    @Test
    void theBrokenStrategysDeadlockCountIsTheNumberOfItsRunsThatDeadlocked() {
        Matcher counted = BROKEN_RUNS.matcher(run.verdict());
        assertTrue(counted.find(), run.verdict());
        long deadlockedRuns = run.linesWhere(m -> m.matches("DeadlockingTransfer run \\d+ of 5: DEADLOCKED after .*")).size();
        long finishedRuns = run.linesWhere(m -> m.matches("DeadlockingTransfer run \\d+ of 5: finished all 20000 .*")).size();
        assertEquals(List.of(String.valueOf(deadlockedRuns), "5"), List.of(counted.group(1), counted.group(2)));
        assertEquals(5, deadlockedRuns + finishedRuns, run::toString);
    }

    @Test
    void theReadmeQuotesTheSectionsAndVerdictOfAFreshRun() throws Exception {
        Readme.ofThisLesson().assertExcerptMatches(run);
    }

    @Test
    void everyCodeBlockOfTheReadmeIsTheRegionOfTheSourceItNames() throws Exception {
        Readme.ofThisLesson().assertCodeBlocksMatchTheirSources();
    }

    @Test
    void theVerdictSaysHowARunOfAFixEndedAlsoWhenItDidNotFinish() {
        var zero = Duration.ZERO;
        assertEquals("OrderedTransfer finished 10/10", Demo.ending(new TransferWorkload.Outcome("OrderedTransfer", 10,
                10, true, Optional.empty(), zero, 200, 200)));
        assertEquals("OrderedTransfer DEADLOCKED 4/10", Demo.ending(new TransferWorkload.Outcome("OrderedTransfer", 10,
                4, false, Optional.of(new Deadlock(List.of())), zero, 200, 200)));
        assertEquals("OrderedTransfer timed out 4/10", Demo.ending(new TransferWorkload.Outcome("OrderedTransfer", 10,
                4, false, Optional.empty(), zero, 200, 200)));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "--bogus 1          | unknown option --bogus",
        "--accounts         | --accounts needs a value",
        "--accounts 1       | --accounts must be from 2 to 1000; was 1",
        "--transfers 0      | --transfers must be from 1 to 10000000; was 0",
        "--threads -3       | --threads must be from 1 to 64; was -3",
        "--threads many     | --threads must be a whole number; was 'many'",
        "--runs 0           | --runs must be from 1 to 100; was 0",
        "--keep-deadlock-s 601 | --keep-deadlock-s must be from 0 to 600; was 601",
        "--threads 2 --threads 3 | --threads is given twice",
        "--play nope        | --play must be one of off, deadlock, ordered, try-lock, coarse; was 'nope'",
        "--moves 1,,2       | --moves must be N,N,...; was '1,,2'"
    })
    void badArgumentsEndTheDemoWithOneLineOfReasonTheUsageAndStatusTwo(String args, String reason)
            throws Exception {
        DemoRun.of(Demo::run, args.trim().split("\\s+")).assertRejected(reason);
    }

    @Test
    void helpListsEveryOptionAndRunsNothing() throws Exception {
        DemoRun.of(Demo::run, "--help").assertHelp("--accounts N", "--transfers N", "--threads N", "--runs N",
                "--play [LEVEL]", "--moves N,N,...");
    }

    @Test
    void playingTheDeadlockLevelWithMovesOnTheCommandLineWinsAndRunsNoDemo() throws Exception {
        var game = DemoRun.of(Demo::run, "--play", "deadlock", "--moves", "1,2,1,2");

        assertEquals(0, game.status(), game::toString);
        assertTrue(game.out().startsWith("=== deadlock: two transfers in opposite directions ===\n"), game::toString);
        assertTrue(game.out().contains("*** You broke it: deadlock: teller-1 holds account-1's lock and waits for"
                + " account-2's, teller-2 holds account-2's and waits for account-1's\n"), game::toString);
        assertTrue(game.out().contains("Of the 6 possible schedules of this scene, 4 break it, for example the moves"
                + " 1,2,1,2.\n"), game::toString);
        assertEquals(List.of(), game.lines(), "the demo's log lines");
    }

    @Test
    void movesAlonePlayTheFirstLevelTheBrokenTransfer() throws Exception {
        var game = DemoRun.of(Demo::run, "--moves", "1,1,2,2");

        assertEquals(0, game.status(), game::toString);
        assertTrue(game.out().startsWith("=== deadlock: two transfers in opposite directions ===\n"), game::toString);
        assertTrue(game.out().contains("Every thread finished and nothing broke: account-1 has 100, its lock free;"
                + " account-2 has 100, its lock free.\n"), game::toString);
    }

    @Test
    void theGameTheReadmeShowsIsWhatAFreshRunPrints() throws Exception {
        assertTrue(Readme.ofThisLesson().assertGamesReplay(Demo::run) >= 1);
    }
}
