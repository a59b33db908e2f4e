package dev.threadlessons.locks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.threadlessons.testing.DemoOutput;
import dev.threadlessons.testing.DemoRun;
import dev.threadlessons.testing.Readme;
import dev.threadlessons.util.RecordedTimeline;
import dev.threadlessons.util.RecordedTimeline.Span;
import dev.threadlessons.util.RecordedTimeline.State;
import dev.threadlessons.util.ThreadRecording;

/**
 * The demo's verdict, checked fact by fact against what the run printed: every guarded counter is
 * exact, each check-then-act scene ends the way its lock forces it to, {@code tryLock} gives up
 * after no less than its patience, the reentrant hold count is 2 inside and 0 after, and three
 * readers share the read lock while the writer waits. Then the README: its excerpt has the shape
 * of a fresh run, and its code is the code.
 */
class DemoTest {

    private static final Pattern ROW = Pattern.compile("(.+?)\\s+(\\d+)\\s+(exact|\\d+ lost)\\s+\\S+ \\S+");
    private static final Pattern TRY_LOCK = Pattern.compile("tryLock GAVE_UP after ([\\d.]+) (ms|s), then PAID");

    @Test
    void everyCounterIsExactAndEveryScenePlaysToTheEndingItsLockForces() throws Exception {
        DemoOutput run = DemoRun.of(Demo::run, "--threads", "3", "--increments", "5000");
        assertEquals(0, run.status(), run::toString);

        List<String> rows = run.messages().stream().filter(m -> ROW.matcher(m).matches()).toList();
        assertEquals(List.of(
                "synchronized method 15000 exact",
                "synchronized block 15000 exact",
                "ReentrantLock 15000 exact",
                "AtomicLong 15000 exact",
                "LongAdder 15000 exact"), rows.stream().map(DemoTest::counterRow).toList(), run::toString);

        // Unguarded, customer-2 is paid inside customer-1's gap; guarded, it is declined after waiting.
        assertEquals(List.of("customer-2 balance 100 covers 80: approved", "customer-2 paid out 80, balance now 20",
                        "customer-2 balance 20 is less than 80: declined", "customer-2 balance 20 is less than 80: declined"),
                run.lines().stream().filter(line -> line.thread().equals("customer-2"))
                        .map(line -> line.thread() + " " + line.message()).toList(), run::toString);
        assertEquals(3, run.linesWhere(m -> m.equals("reading 2 prices, 3 readers inside the read lock")).size(),
                run::toString);

        String verdict = run.verdict();
        Matcher tryLock = TRY_LOCK.matcher(verdict);
        assertTrue(tryLock.find(), verdict);
        double waitedMillis = Double.parseDouble(tryLock.group(1)) * (tryLock.group(2).equals("s") ? 1000 : 1);
        assertTrue(waitedMillis >= 200, "tryLock never gives up before its 200 ms of patience: " + verdict);
        assertEquals("5 of 5 counters exact (0 updates lost in all); paid out from 100: unguarded 160, "
                + "synchronized 80 (customer-2 BLOCKED), ReentrantLock 80 (customer-2 WAITING); "
                + "tryLock GAVE_UP after <time>, then PAID; hold count 2 inside, 0 after; "
                + "3 readers at once, writer WAITING",
                verdict.replace(tryLock.group(1) + " " + tryLock.group(2), "<time>"));
    }

    @Test
    void thePictureOfTheSynchronizedSceneShowsCustomer2BlockedOnTheMonitorCustomer1Holds() throws Exception {
        DemoOutput run = DemoRun.of(Demo::run, "--threads", "1", "--increments", "10");
        assertEquals(0, run.status(), run::toString);

        List<String> files = run.messages().stream().filter(m -> m.contains(".svg (recording: ")).map(String::strip).toList();
        assertEquals(List.of(
                "target/pictures/check-then-act-synchronized.svg (recording: target/pictures/check-then-act-synchronized.jfr)",
                "target/pictures/check-then-act-reentrantlock.svg (recording: target/pictures/check-then-act-reentrantlock.jfr)"),
                files, run::toString);
        Readme.ofThisLesson().assertShowsPictures(List.of("check-then-act-synchronized", "check-then-act-reentrantlock"));
        String svg = Files.readString(Path.of("target/pictures/check-then-act-synchronized.svg"));
        assertTrue(svg.contains("monitor of SynchronizedAccount, held by customer-1"), svg);

        RecordedTimeline recorded = ThreadRecording.read(Path.of("target/pictures/check-then-act-synchronized.jfr"),
                thread -> thread.startsWith("customer-"));
        Span inside = recorded.row("customer-1").orElseThrow().spans(State.TASK).get(0);
        Span blocked = recorded.row("customer-2").orElseThrow().spans(State.BLOCKED).get(0);
        assertEquals("monitor of SynchronizedAccount, held by customer-1", blocked.label());
        assertTrue(blocked.overlaps(inside), () -> blocked + " must fall while customer-1 is inside: " + inside);
        Span parked = ThreadRecording.read(Path.of("target/pictures/check-then-act-reentrantlock.jfr"),
                thread -> thread.startsWith("customer-")).row("customer-2").orElseThrow().spans(State.PARKED).get(0);
        assertEquals("parked on ReentrantLock", parked.label(), "under a ReentrantLock, customer-2 parks");
    }

    @Test
    void withPicturesOffNothingIsRecordedOrListed() throws Exception {
        DemoOutput run = DemoRun.of(Demo::run, "--threads", "1", "--increments", "10", "--pictures", "off");

        assertEquals(0, run.status(), run::toString);
        assertTrue(run.linesWhere(m -> m.contains("Flight Recorder") || m.contains(".svg")).isEmpty(), run::toString);
    }

    /** A row of the counter table without its spacing and its time: name, final value, verdict. */
    private static String counterRow(String message) {
        Matcher m = ROW.matcher(message);
        assertTrue(m.matches(), message);
        return m.group(1) + " " + m.group(2) + " " + m.group(3);
    }

    @Test
    void theReadmeQuotesTheShapeOfAFreshRun() throws Exception {
        Readme.ofThisLesson().assertExcerptMatches(DemoRun.of(Demo::run, "--threads", "2", "--increments", "1000"));
    }

    @Test
    void everyCodeBlockInTheReadmeIsItsSource() throws Exception {
        Readme.ofThisLesson().assertCodeBlocksMatchTheirSources();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "--colour blue       | unknown option --colour",
        "--increments        | --increments needs a value",
        "--threads 0         | --threads must be from 1 to 64; was 0",
        "--increments -10    | --increments must be from 1 to 10000000; was -10",
        "--threads many      | --threads must be a whole number; was 'many'",
        "4                   | unexpected argument '4'",
        "--play nope         | --play must be one of off, locked-counter, synchronized-account, locked-account; was 'nope'"
    })
    void badArgumentsEndTheDemoWithOneLineOfReasonTheUsageAndStatusTwo(String args, String reason)
            throws Exception {
        DemoRun.of(Demo::run, args.trim().split("\\s+")).assertRejected(reason);
    }

    @Test
    void helpListsEveryOptionAndRunsNothing() throws Exception {
        DemoRun.of(Demo::run, "--help").assertHelp("--threads N", "--increments N",
                "--play [LEVEL]", "--moves N,N,...");
    }

    @Test
    void playWithMovesPlaysTheLevelInsteadOfTheDemoAndEndsWithStatusZero() throws Exception {
        var run = DemoRun.of(Demo::run, "--play", "locked-account", "--moves", "1,2,1");

        assertEquals(0, run.status());
        assertTrue(run.out().contains("Every thread finished and nothing broke: balance = 20, paid out = 80."), run.out());
        assertTrue(run.out().contains("0 break it."), run.out());
        assertTrue(run.sections().isEmpty(), "the demo's scenes did not run: " + run.sections());
    }

    @Test
    void everyGameInTheReadmeReplaysAsQuoted() throws Exception {
        assertTrue(Readme.ofThisLesson().assertGamesReplay(Demo::run) >= 1, "the README shows no game");
    }
}
