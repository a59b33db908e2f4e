package dev.threadlessons.semaphores;

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
import dev.threadlessons.testing.LogLine;
import dev.threadlessons.testing.Readme;
import dev.threadlessons.util.RecordedTimeline;
import dev.threadlessons.util.RecordedTimeline.Span;
import dev.threadlessons.util.RecordedTimeline.State;
import dev.threadlessons.util.ThreadRecording;

class DemoTest {

    private static final Pattern INSIDE = Pattern.compile("\\((\\d+) inside\\)$");
    private static final Pattern PEAK = Pattern.compile("^peak (\\d+) inside with 2 permits \\(never above\\); ");

    @Test
    void theVerdictSaysNeverMoreThanThePermitsInsideAndWhichExtraReleaseEachSemaphoreTookOrRefused()
            throws Exception {
        var run = DemoRun.of(Demo::run, "--permits", "2", "--workers", "5", "--work-ms", "20", "--timeout-ms", "10");

        assertEquals(0, run.status(), run::toString);
        String verdict = run.verdict();
        Matcher peak = PEAK.matcher(verdict);
        assertTrue(peak.find(), verdict);
        int most = Integer.parseInt(peak.group(1));
        assertTrue(most >= 1 && most <= 2, verdict);
        assertEquals(most, insideCounts(run).stream().mapToInt(Integer::intValue).max().orElse(0),
                "the verdict's peak is the highest count a worker logged");
        assertTrue(verdict.contains("; tryAcquire gave up after "), verdict);
        assertTrue(verdict.endsWith("; extra release: Semaphore 3 of 2 (too many), BoundedSemaphore 2 of 2; "
                + "extra release while permits are out: BoundedSemaphore took it (2 of 2 free, one still held)"
                + " and refused the correct release after it, the pool refused it; "
                + "racing releases: check-then-release 3 of 2 (too many), BoundedSemaphore 2 of 2"), verdict);
    }

    @Test
    void theBoundedSemaphoreRefusesWhatThePlainOneTakesAndOneOfTheRacingReleasersIsRefused() throws Exception {
        var run = DemoRun.of(Demo::run, "--permits", "2", "--workers", "3", "--work-ms", "0", "--timeout-ms", "0");

        var messages = run.messages();
        assertTrue(messages.contains("Semaphore(2): released again by mistake, now 3 permits"), run::toString);
        assertTrue(messages.contains("BoundedSemaphore(2): refused the extra release: semaphore released too many"
                + " times: releasing 1 would take it from 2 to 3 permits, above its maximum of 2"), run::toString);
        assertTrue(messages.contains("ConnectionPool(2): conn-1 given back twice: refused at once:"
                + " conn-1 is not lent out by this pool"), run::toString);
        var releasers = run.linesWhere(m -> m.equals("released") || m.startsWith("refused: ")).stream()
                .map(LogLine::message).toList();
        // Check-then-release: both released. BoundedSemaphore: one released, one refused.
        assertEquals(3, releasers.stream().filter("released"::equals).count(), run::toString);
        assertEquals(1, releasers.stream().filter(m -> m.startsWith("refused: semaphore released too many times"))
                .count(), run::toString);
    }

    @Test
    void thePictureOfThePoolHasARowPerWorkerAndWithOnePermitNoTwoConnectionsAreHeldAtOnce() throws Exception {
        var run = DemoRun.of(Demo::run, "--permits", "1", "--workers", "3", "--work-ms", "5", "--timeout-ms", "0");
        assertEquals(0, run.status(), run::toString);
        assertEquals("target/pictures/connection-pool.svg (recording: target/pictures/connection-pool.jfr)",
                run.messages().stream().filter(m -> m.contains(".svg (recording: ")).map(String::strip)
                        .findFirst().orElseThrow(() -> new AssertionError(run.toString())));
        Readme.ofThisLesson().assertShowsPictures(List.of("connection-pool"));

        String svg = Files.readString(Path.of("target/pictures/connection-pool.svg"));
        for (String worker : List.of("worker-1", "worker-2", "worker-3")) {
            assertTrue(svg.contains(">" + worker + "</text>"), () -> worker + " has no row in the picture: " + svg);
        }
        RecordedTimeline recorded = ThreadRecording.read(Path.of("target/pictures/connection-pool.jfr"),
                thread -> thread.startsWith("worker-"));
        var held = recorded.rows().stream().flatMap(row -> row.spans(State.TASK).stream()).toList();
        assertEquals(3, recorded.rows().size(), recorded::toString);
        assertEquals(3, held.size(), "one connection held per worker: " + recorded);
        for (Span one : held) {
            for (Span other : held) {
                assertTrue(one == other || !one.overlaps(other), "one permit, yet " + one + " overlaps " + other);
            }
        }
    }

    @Test
    void theReadmeQuotesTheShapeOfAFreshRunWithTheDefaults() throws Exception {
        Readme.ofThisLesson().assertExcerptMatches(DemoRun.of(Demo::run));
    }

    @Test
    void playingCheckThenReleaseWithBothChecksFirstBreaksItAndEndsWithStatusZero() throws Exception {
        var run = DemoRun.of(Demo::run, "--play", "check-then-release", "--moves", "1,2,1,2");

        assertEquals(0, run.status(), run::toString);
        assertTrue(run.out().contains("*** You broke it: releaser-2 passed its check while releaser-1 was between its"
                + " check and its release: 3 permits in a semaphore meant to hold at most 2\n"), run::toString);
        assertTrue(run.out().contains("Of the 6 possible schedules of this scene, 4 break it, for example the moves"
                + " 1,2,1,2."), run::toString);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "--play check-then-release --moves 1,2,1,2 | released | released",
            "--play check-then-release --moves 1,1,2   | released | refused: semaphore released too many times: it already"
                    + " has all 2 permits",
            "--play bounded --moves 1,2                | released | refused: semaphore released too many times: releasing 1"
                    + " would take it from 2 to 3 permits, above its maximum of 2"
    })
    void theReleasersOfTheGameLogWhatTheirReleaseDidAndTheExploredSchedulesLogNothing(String args, String first,
                                                                                       String second) throws Exception {
        var run = DemoRun.of(Demo::run, args.trim().split("\\s+"));

        assertEquals(List.of(new LogLine("releaser-1", first), new LogLine("releaser-2", second)), run.lines(),
                run::toString);
    }

    @Test
    void aLevelTheLessonDoesNotHaveIsRejected() throws Exception {
        DemoRun.of(Demo::run, "--play", "nope")
                .assertRejected("--play must be one of off, check-then-release, bounded; was 'nope'");
    }

    @Test
    void everyGameTheReadmeShowsReplaysTheSame() throws Exception {
        assertTrue(Readme.ofThisLesson().assertGamesReplay(Demo::run) >= 1);
    }

    @Test
    void everyCodeBlockInTheReadmeIsItsSource() throws Exception {
        Readme.ofThisLesson().assertCodeBlocksMatchTheirSources();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "--workers 0        | --workers must be from 1 to 200; was 0",
            "--permits -3       | --permits must be from 1 to 100; was -3",
            "--work-ms soon     | --work-ms must be a whole number; was 'soon'",
            "--timeout-ms       | --timeout-ms needs a value",
            "--speed 2          | unknown option --speed"
    })
    void badArgumentsEndTheDemoWithOneLineOfReasonTheUsageAndStatusTwo(String args, String reason)
            throws Exception {
        DemoRun.of(Demo::run, args.trim().split("\\s+")).assertRejected(reason);
    }

    @Test
    void helpListsEveryOptionAndRunsNothing() throws Exception {
        DemoRun.of(Demo::run, "--help").assertHelp("--permits N", "--workers N", "--work-ms N", "--timeout-ms N");
    }

    /** Every "(N inside)" a worker logged when it got its connection. */
    private static List<Integer> insideCounts(DemoOutput run) {
        return run.linesWhere(m -> m.startsWith("acquired ")).stream()
                .map(line -> INSIDE.matcher(line.message()))
                .filter(Matcher::find)
                .map(m -> Integer.parseInt(m.group(1)))
                .toList();
    }
}
