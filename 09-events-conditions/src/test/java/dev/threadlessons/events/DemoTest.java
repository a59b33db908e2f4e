package dev.threadlessons.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;

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

    private static final String IF_SECTION = "a woken consumer finds its item taken: await in an if (CheckOnceChannel)";
    private static final String WHILE_SECTION = "the same moment, await in a while (ConditionChannel)";

    private static DemoOutput smallRun() throws Exception {
        return DemoRun.of(Demo::run, "--runners", "3", "--warm-up-ms", "5", "--producers", "2", "--consumers", "2",
                "--items", "3", "--produce-ms", "1");
    }

    @Test
    void theVerdictSaysWhatTheRunShowed() throws Exception {
        var run = smallRun();

        assertEquals(0, run.status(), run::toString);
        String verdict = run.verdict();
        assertTrue(verdict.startsWith("one set() released 3 of 3 runners, all waiting on it (the last went "), verdict);
        assertTrue(verdict.contains("; the late runner timed out on the cleared event; stolen wake-up: "
                + "with if the woken consumer stopped on an open channel (1 wait); "
                + "with while the woken consumer waited again until close() (2 waits); "
                + "Condition: every item consumed exactly once; BlockingQueue: every item consumed exactly once"),
                verdict);
        assertEquals(2, run.linesWhere(m -> m.startsWith("6 produced, 6 consumed (") && m.endsWith("none lost, none twice")).size(),
                run::toString);
    }

    @Test
    void thePictureOfTheStartingLineShowsEveryRunnerParkedOnTheEventUntilTheOneSet() throws Exception {
        var run = smallRun();

        assertEquals(List.of("target/pictures/starting-line.svg (recording: target/pictures/starting-line.jfr)",
                        "target/pictures/producers-and-consumers.svg (recording: target/pictures/producers-and-consumers.jfr)"),
                run.messages().stream().filter(m -> m.contains(".svg (recording: ")).map(String::strip).toList(),
                run::toString);
        Readme.ofThisLesson().assertShowsPictures(List.of("starting-line", "producers-and-consumers"));
        String svg = Files.readString(Path.of("target/pictures/starting-line.svg"));
        for (String runner : List.of("runner-1", "runner-2", "runner-3")) {
            assertTrue(svg.contains(">" + runner + "</text>"), () -> runner + " has no row in the picture: " + svg);
        }
        RecordedTimeline recorded = ThreadRecording.read(Path.of("target/pictures/starting-line.jfr"),
                thread -> thread.startsWith("runner-"));
        // StartingLine sets the event only once every runner waits on it, so the last park of
        // each runner on the Event's Condition covers one same moment: the set().
        List<Span> lastParks = recorded.rows().stream()
                .map(row -> row.spans(State.PARKED).stream().filter(span -> span.label().equals("parked on Condition"))
                        .max(Comparator.comparing(Span::end)).orElseThrow(() -> new AssertionError(row.toString())))
                .toList();
        assertEquals(3, lastParks.size(), recorded::toString);
        var lastToPark = lastParks.stream().map(Span::start).max(Comparator.naturalOrder()).orElseThrow();
        var firstToGo = lastParks.stream().map(Span::end).min(Comparator.naturalOrder()).orElseThrow();
        assertTrue(lastToPark.compareTo(firstToGo) < 0, () -> "all three parked at one moment: " + lastParks);
    }

    @Test
    void withIfTheWokenConsumerStopsOnAnOpenChannelAndWithWhileItWaitsAgain() throws Exception {
        var run = smallRun();

        List<String> withIf = messagesOf(run, IF_SECTION, "consumer-1");
        assertEquals(List.of("no data yet, waiting on the condition",
                "take() returned no item from an OPEN channel: it takes that for the end and stops"), withIf, run::toString);
        List<String> withWhile = messagesOf(run, WHILE_SECTION, "consumer-1");
        assertEquals(List.of("no data yet, waiting on the condition", "no data yet, waiting on the condition",
                "take() returned no item: the channel is closed, so it stops"), withWhile, run::toString);
    }

    @Test
    void theReadmeQuotesARunOfThisDemoAndCodeThatIsItsSource() throws Exception {
        var readme = Readme.ofThisLesson();

        readme.assertExcerptMatches(smallRun());
        readme.assertCodeBlocksMatchTheirSources();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "--consumers 0      | --consumers must be from 1 to 20; was 0",
            "--runners -3       | --runners must be from 1 to 50; was -3",
            "--produce-ms soon  | --produce-ms must be a whole number; was 'soon'",
            "--items            | --items needs a value",
            "--speed 2          | unknown option --speed",
            "--play nope        | --play must be one of off, stolen-wake-up, while-loop; was 'nope'"
    })
    void badArgumentsEndTheDemoWithOneLineOfReasonTheUsageAndStatusTwo(String args, String reason)
            throws Exception {
        DemoRun.of(Demo::run, args.trim().split("\\s+")).assertRejected(reason);
    }

    @Test
    void helpListsEveryOptionAndRunsNothing() throws Exception {
        DemoRun.of(Demo::run, "--help").assertHelp("--runners N", "--warm-up-ms N", "--producers N", "--consumers N", "--items N", "--produce-ms N",
                "--play [LEVEL]", "--moves N,N,...");
    }

    @Test
    void theGameOffersTheIfFirstAndThenTheWhile() {
        assertEquals(List.of("stolen-wake-up", "while-loop"), Demo.GAME.names());
    }

    @Test
    void playingStolenWakeUpWithItsWinningMovesPrintsTheWinInsteadOfTheDemoWithStatusZero() throws Exception {
        var run = DemoRun.of(Demo::run, "--play", "stolen-wake-up", "--moves", "1,2,3,1");

        assertEquals(0, run.status(), run::toString);
        assertTrue(run.out().contains("\n*** You broke it: consumer-1 was woken for an item, consumer-2 took producer-1#1"
                + " before consumer-1 had the lock back, and consumer-1's take() returned no item from an OPEN channel:"
                + " it takes that for the end and stops\n"), run::toString);
        assertTrue(run.lineContaining("Lesson 09").isEmpty(), run::toString);
    }

    @Test
    void theGameInTheReadmeIsTheScreensOfARealRun() throws Exception {
        assertTrue(Readme.ofThisLesson().assertGamesReplay(Demo::run) >= 1);
    }

    /** What {@code thread} logged between the section titled {@code section} and the next one. */
    private static List<String> messagesOf(DemoOutput run, String section, String thread) {
        List<LogLine> lines = run.lines();
        int start = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).message().equals("--- " + section + " ---")) {
                start = i;
            }
        }
        assertTrue(start >= 0, () -> "no section '" + section + "' in\n" + run);
        int end = start + 1;
        while (end < lines.size() && !lines.get(end).message().startsWith("--- ")) {
            end++;
        }
        return lines.subList(start + 1, end).stream().filter(line -> line.thread().equals(thread))
                .map(LogLine::message).toList();
    }
}
