package dev.threadlessons.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.threadlessons.testing.DemoOutput;
import dev.threadlessons.testing.DemoRun;
import dev.threadlessons.testing.LogLine;
import dev.threadlessons.testing.Readme;

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
            "--speed 2          | unknown option --speed"
    })
    void badArgumentsEndTheDemoWithOneLineOfReasonTheUsageAndStatusTwo(String args, String reason)
            throws Exception {
        DemoRun.of(Demo::run, args.trim().split("\\s+")).assertRejected(reason);
    }

    @Test
    void helpListsEveryOptionAndRunsNothing() throws Exception {
        DemoRun.of(Demo::run, "--help").assertHelp("--runners N", "--warm-up-ms N", "--producers N", "--consumers N", "--items N", "--produce-ms N");
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
