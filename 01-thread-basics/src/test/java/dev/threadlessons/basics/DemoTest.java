package dev.threadlessons.basics;

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

    @Test
    void theVerdictSaysWhereRunAndStartRanTheStatesTheHandlerAndWhichChildWaited() throws Exception {
        var output = DemoRun.of(Demo::run);

        assertEquals(0, output.status(), output::toString);
        assertEquals("run() ran the task on the caller's own thread, start() on the new thread [runner];"
                + " states NEW -> RUNNABLE -> TERMINATED; 1 exception(s) reached the handler on [parser];"
                + " daemon child exited without waiting for its worker, non-daemon child waited for its worker",
                output.verdict());
        Readme.ofThisLesson().assertExcerptMatches(output);
    }

    @Test
    void eachGreetingComesFromItsOwnThreadInItsOwnOrder() throws Exception {
        var output = DemoRun.of(Demo::run, "--greetings", "2");

        assertEquals(0, output.status(), output::toString);
        assertEquals(List.of("hello, lambda (1 of 2)", "hello, lambda (2 of 2)"), from(output, "lambda-worker"));
        assertEquals(List.of("hello, Runnable class (1 of 2)", "hello, Runnable class (2 of 2)"),
                from(output, "class-worker"));
        assertEquals(List.of("hello from a method reference (Runnable.run takes no arguments)"),
                from(output, "method-ref-worker"));
        // The handler runs on the dying thread; run() ran on the demo's caller, here this test's thread.
        assertEquals("parser", output.lineContaining("handler: parser died of").orElseThrow().thread());
        assertTrue(output.lineContaining("run() executed the task on [" + Thread.currentThread().getName() + "]")
                .isPresent(), output::toString);
        assertEquals(List.of("[daemon-worker] waiting for a line on stdin",
                        "[main] main returns; daemon-worker (daemon=true) is still waiting"),
                output.linesWhere(m -> m.startsWith("  child JVM | ") && m.contains("daemon-worker")).stream()
                        .map(line -> line.message().substring("  child JVM | ".length())).toList());
    }

    @Test
    void theReadmeShowsTheCodeAsItIsInTheSources() throws Exception {
        Readme.ofThisLesson().assertCodeBlocksMatchTheirSources();
    }

    private static List<String> from(DemoOutput output, String thread) {
        return output.lines().stream().filter(line -> line.thread().equals(thread)).map(LogLine::message).toList();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "--bogus          | unknown option --bogus",
        "--greetings      | --greetings needs a value",
        "--greetings 0    | --greetings must be from 1 to 10; was 0",
        "--greetings -2   | --greetings must be from 1 to 10; was -2",
        "--greetings 11   | --greetings must be from 1 to 10; was 11",
        "--greetings many | --greetings must be a whole number; was 'many'"
    })
    void badArgumentsEndTheDemoWithOneLineOfReasonTheUsageAndStatusTwo(String args, String reason)
            throws Exception {
        DemoRun.of(Demo::run, args.trim().split("\\s+")).assertRejected(reason);
    }

    @Test
    void helpListsEveryOptionAndRunsNothing() throws Exception {
        DemoRun.of(Demo::run, "--help").assertHelp("--greetings N");
    }
}
