package dev.threadlessons.speedup;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.threadlessons.speedup.stage.Figure;
import dev.threadlessons.speedup.stage.RecordedScenes;
import dev.threadlessons.testing.DemoOutput;
import dev.threadlessons.testing.DemoRun;
import dev.threadlessons.testing.Program;
import dev.threadlessons.testing.Readme;
import dev.threadlessons.util.RecordedTimeline;
import dev.threadlessons.util.RecordedTimeline.Row;
import dev.threadlessons.util.RecordedTimeline.Span;
import dev.threadlessons.util.RecordedTimeline.State;
import dev.threadlessons.util.ThreadRecording;

/**
 * One small run of every part of the demo, held to what it printed: every speed-up at or below
 * the ceiling printed beside it, or marked DISTURBED; the ceilings computed with real division
 * and the right cap; the verdict's count of speed-ups; the same results for every strategy; no
 * child process left; and the README's excerpt in the shape of this run.
 *
 * <p>The first test runs every other check on the same run, on purpose: PIT counts what
 * {@code @BeforeAll} runs as covered by the first test of the class only, and runs only that test
 * against a fault planted in the demo (pitest issue 1081 explains why).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DemoTest {

    private static final int CORES = Runtime.getRuntime().availableProcessors();
    /** 8 waits on a pool of 3 go in 3 waves: the ceiling is 8/3, not 8/3 rounded down to 2. */
    private static final String[] SMALL_RUN = {"--tasks", "8", "--threads", "3", "--io-millis", "20",
        "--cpu-work", "200000", "--chunks", "2", "--processes", "2", "--runs", "1"};
    private static final Pattern FIGURE = Pattern.compile(
            "speed-up (\\d+\\.\\d)x, ceiling (\\d+\\.\\d)x(: " + Figure.DISTURBED + " \\(.*load average.*\\))?");
    private static final Pattern COUNTED = Pattern.compile(
            "(\\d+) Java speed-ups: (\\d+) at or below their ceilings, (\\d+) disturbed \\(load average");

    private static DemoOutput run;

    @BeforeAll
    static void runTheDemoOnce() throws Exception {
        run = DemoRun.of(Demo::run, SMALL_RUN);
    }

    /** Every check below, on the same run, as one test (see the class comment for why). */
    @Test
    @Order(1)
    void everyCheckOfThisClassHoldsForTheOneRun() {
        assertAll(this::everyPrintedSpeedupIsAtOrBelowItsPrintedCeilingOrMarkedDisturbedAndTheVerdictCountsThem,
                this::theCeilingsUseRealDivisionAndTheSmallestOfTasksThreadsAndCores,
                this::everyStrategyGotTheSameRepliesAndPrimesAndNoChildIsLeft,
                this::pythonThreadsAreMeasuredBesideJavasOrTheDemoSaysInOneLineWhyNot,
                this::theReadmeQuotesARunOfThisShapeAndItsCodeIsTheSource,
                this::eachRecordedWayHasItsOwnShape);
    }

    @Test
    void eachRecordedWayHasItsOwnShape() throws Exception {
        var listed = run.messages().stream().filter(m -> m.contains(".svg (recording: ")).map(String::strip).toList();
        assertEquals(RecordedScenes.names().stream()
                .map(name -> "target/pictures/" + name + ".svg (recording: target/pictures/" + name + ".jfr)").toList(),
                listed, run::toString);

        // 8 tasks in SMALL_RUN, 2 chunks each when taking turns.
        var oneAfterAnother = recorded("one-after-another").rows();
        assertEquals(1, oneAfterAnother.size(), oneAfterAnother::toString);
        assertNoOverlap(oneAfterAnother.get(0), 8);

        var threadEach = recorded("a-thread-each").rows();
        assertEquals(List.of("worker-1", "worker-2", "worker-3", "worker-4", "worker-5", "worker-6", "worker-7",
                "worker-8"), threadEach.stream().map(Row::thread).sorted().toList());
        threadEach.forEach(row -> assertEquals(1, row.spans(State.TASK).size(), row::toString));

        var pool = recorded("pool-of-2").rows();
        assertTrue(pool.size() >= 1 && pool.size() <= 2, "two threads at most: " + pool);
        pool.forEach(row -> assertTrue(row.thread().startsWith("pool-worker-"), row::toString));
        assertEquals(8, pool.stream().mapToInt(row -> row.spans(State.TASK).size()).sum(), pool::toString);

        var turns = recorded("taking-turns").rows();
        assertEquals(List.of("single-worker"), turns.stream().map(Row::thread).toList());
        assertNoOverlap(turns.get(0), 16);
        Readme.ofThisLesson().assertShowsPictures(RecordedScenes.names());
    }

    /** The recorded threads of {@code scene} that ran a job (the recording holds the others too). */
    private static RecordedTimeline recorded(String scene) throws Exception {
        var all = ThreadRecording.read(Path.of("target/pictures", scene + ".jfr"), thread -> true);
        return new RecordedTimeline(all.length(),
                all.rows().stream().filter(row -> !row.spans(State.TASK).isEmpty()).toList());
    }

    private static void assertNoOverlap(Row row, int tasks) {
        List<Span> spans = row.spans(State.TASK);
        assertEquals(tasks, spans.size(), row::toString);
        for (int i = 1; i < spans.size(); i++) {
            assertTrue(!spans.get(i).overlaps(spans.get(i - 1)), "one after another on " + row.thread() + ": " + spans);
        }
    }

    @Test
    void everyPrintedSpeedupIsAtOrBelowItsPrintedCeilingOrMarkedDisturbedAndTheVerdictCountsThem() {
        assertEquals(0, run.status(), run::toString);
        int java = 0;
        int disturbed = 0;
        for (String message : run.messages()) {
            Matcher figure = FIGURE.matcher(message);
            while (figure.find()) {
                double speedup = Double.parseDouble(figure.group(1));
                double ceiling = Double.parseDouble(figure.group(2));
                boolean marked = figure.group(3) != null;
                assertEquals(speedup > ceiling, marked, () -> "a speed-up above its ceiling must be marked"
                        + " disturbed, and only then: " + message);
                if (!message.startsWith("waiting:") && !message.startsWith("computing:")) {
                    java++;
                    disturbed += marked ? 1 : 0;
                }
            }
        }
        Matcher counted = COUNTED.matcher(run.verdict());
        assertTrue(counted.find(), run.verdict());
        // 2 for the waits, 3 for computing, 1 taking turns, 1 for the child JVMs.
        assertEquals(List.of(7, 7 - disturbed, disturbed), List.of(Integer.parseInt(counted.group(1)),
                Integer.parseInt(counted.group(2)), Integer.parseInt(counted.group(3))), run::toString);
        assertEquals(7, java, run::toString);
    }

    @Test
    void theCeilingsUseRealDivisionAndTheSmallestOfTasksThreadsAndCores() {
        double computing = Math.min(8, CORES);
        assertAll(
                () -> assertCeiling("a thread per task", 8.0, 0),
                () -> assertCeiling("a pool of 3 threads", 8.0 / 3, 0),
                () -> assertCeiling("a thread per task", computing, 1),
                () -> assertCeiling("a pool of " + CORES + (CORES == 1 ? " thread" : " threads"), computing, 0),
                () -> assertCeiling("a parallel stream", computing, 0),
                () -> assertCeiling("one thread taking turns", 1.0, 0),
                () -> assertCeiling(Math.min(2, CORES) + " child JVMs", Math.min(2, CORES), 0));
    }

    @Test
    void everyStrategyGotTheSameRepliesAndPrimesAndNoChildIsLeft() {
        assertTrue(run.verdict().contains("every strategy got the same 8 replies"), run.verdict());
        assertTrue(run.verdict().contains("every strategy got the same 17984 primes"), run.verdict());
        assertEquals(0, ProcessHandle.current().children().filter(ProcessHandle::isAlive).count());
    }

    @Test
    void pythonThreadsAreMeasuredBesideJavasOrTheDemoSaysInOneLineWhyNot() {
        int section = run.messages().indexOf("--- Python threads on this machine, beside Java's ---");
        assertTrue(section >= 0, run::toString);
        String first = run.messages().get(section + 1);
        if (Program.python3().isEmpty()) {
            assertEquals("python3 is not on the PATH: skipped measuring Python threads", first);
            return;
        }
        assertTrue(first.matches("python3: Python 3\\.\\d+\\.\\S+, (GIL \\(default build\\)|GIL enabled"
                + "|free-threaded, GIL disabled), \\d+ CPUs?; the same 8 waits, .*"), run::toString);
        String waiting = run.messages().get(section + 2);
        String computing = run.messages().get(section + 3);
        assertTrue(waiting.matches("waiting: +Java, a thread per task: speed-up .*; Python, a thread per task:"
                + " speed-up \\d+\\.\\dx, ceiling 8\\.0x.*"), waiting);
        String pythonCeiling = first.contains("free-threaded") ? String.format(Locale.ROOT, "%.1f", Math.min(8.0, CORES))
                : "1.0";
        assertTrue(computing.matches("computing: Java, a thread per task: speed-up .*; Python, a thread per task:"
                + " speed-up \\d+\\.\\dx, ceiling " + Pattern.quote(pythonCeiling) + "x.*"), computing);
    }

    @Test
    void theReadmeQuotesARunOfThisShapeAndItsCodeIsTheSource() throws Exception {
        var readme = Readme.ofThisLesson();
        readme.assertExcerptMatches(run);
        readme.assertCodeBlocksMatchTheirSources();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "--fast                | unknown option --fast",
        "--tasks 0             | --tasks must be from 1 to 1000; was 0",
        "--threads -2          | --threads must be from 1 to 1000; was -2",
        "--cpu-work lots       | --cpu-work must be a whole number; was 'lots'",
        "--io-millis 1.5       | --io-millis must be a whole number; was '1.5'",
        "--runs 10             | --runs must be from 1 to 9; was 10",
        "--only gpu            | --only must be one of all, io, cpu, turns, processes, python; was 'gpu'",
        "--tasks               | --tasks needs a value",
        "fast                  | unexpected argument 'fast'"
    })
    void badArgumentsEndTheDemoWithOneLineOfReasonTheUsageAndStatusTwo(String args, String reason)
            throws Exception {
        DemoRun.of(Demo::run, args.trim().split("\\s+")).assertRejected(reason);
    }

    @Test
    void helpListsEveryOptionAndRunsNothing() throws Exception {
        DemoRun.of(Demo::run, "--help").assertHelp("--tasks N", "--threads N", "--io-millis N", "--cpu-work N",
                "--chunks N", "--processes N", "--runs N", "--only all|io|cpu|turns|processes|python");
    }

    /** The {@code occurrence}-th line (from 0) of {@code strategy}'s figures shows {@code ceiling}. */
    private static void assertCeiling(String strategy, double ceiling, int occurrence) {
        var lines = new ArrayList<String>();
        for (String message : run.messages()) {
            if (message.startsWith(strategy + " ") && message.contains("speed-up")) {
                lines.add(message);
            }
        }
        assertTrue(lines.size() > occurrence, () -> "no line " + occurrence + " for " + strategy + " in\n" + run);
        String expected = String.format(Locale.ROOT, "ceiling %.1fx", ceiling);
        assertTrue(lines.get(occurrence).contains(expected), () -> lines.get(occurrence) + " should show " + expected);
    }
}
