package dev.threadlessons.virtualthreads;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.threadlessons.testing.DemoRun;
import dev.threadlessons.testing.Readme;
import dev.threadlessons.util.RecordedTimeline;
import dev.threadlessons.util.RecordedTimeline.Row;
import dev.threadlessons.util.RecordedTimeline.Span;
import dev.threadlessons.util.RecordedTimeline.State;
import dev.threadlessons.util.ThreadRecording;

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
        // Upper bounds no machine comes near: 100,000 sleeps of 50 ms are 83 minutes.
        assertTrue(virtualSleeps < 100_000 && poolSleeps < 100_000, run.verdict());
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
    void thePicturesShowOneSleepPerVirtualThreadAndPoolThreadsThatSleptEarlierTasksBeforeTheirSampledOne()
            throws Exception {
        var run = DemoRun.of(Demo::run, SMALL);
        assertEquals(0, run.status(), run::toString);
        assertEquals(List.of("target/pictures/virtual-threads.svg (recording: target/pictures/virtual-threads.jfr)",
                        "target/pictures/platform-pool.svg (recording: target/pictures/platform-pool.jfr)"),
                run.messages().stream().filter(m -> m.contains(".svg (recording: ")).map(String::strip).toList());
        Readme.ofThisLesson().assertShowsPictures(List.of("virtual-threads", "platform-pool"));
        assertEquals(2, run.linesWhere(m -> m.startsWith("timeline of 8 tasks, one in every 250:\n")).size(), run::toString);

        // One in every 250 of the 2000 tasks is sampled: task-1, task-251, ..., task-1751, each on
        // a virtual thread of the same number. The picture draws those eight threads only.
        List<String> sampled = List.of("virtual-1", "virtual-251", "virtual-501", "virtual-751", "virtual-1001",
                "virtual-1251", "virtual-1501", "virtual-1751");
        assertEquals(sampled, rowsOf(Path.of("target/pictures/virtual-threads.svg")));
        RecordedTimeline virtual = ThreadRecording.read(Path.of("target/pictures/virtual-threads.jfr"),
                sampled::contains, true);
        assertEquals(8, virtual.rows().size(), virtual::toString);
        for (Row row : virtual.rows()) {
            // A virtual thread per task: each runs its one task and sleeps inside it.
            assertEquals(1, row.spans(State.TASK).size(), row::toString);
            Span task = row.spans(State.TASK).get(0);
            assertTrue(row.spans(State.SLEEPING).stream().anyMatch(task::overlaps), row::toString);
        }

        // A fixed pool makes a thread for each of its first 100 tasks and hands every later task
        // to a thread that has already run one: so each sampled task after task-1 comes after at
        // least one other sleep on its thread, which the picture draws too. The recording keeps
        // all 100 threads; the sampled tasks' threads are those with a task on them.
        RecordedTimeline pool = ThreadRecording.read(Path.of("target/pictures/platform-pool.jfr"),
                thread -> thread.startsWith("platform-"), true);
        List<Row> withTasks = pool.rows().stream().filter(row -> !row.spans(State.TASK).isEmpty()).toList();
        assertEquals(withTasks.stream().map(Row::thread).sorted(Comparator.comparingInt(DemoTest::number)).toList(),
                rowsOf(Path.of("target/pictures/platform-pool.svg")));
        assertEquals(8, withTasks.stream().mapToLong(row -> row.spans(State.TASK).size()).sum(), withTasks::toString);
        for (Row row : withTasks) {
            for (Span task : row.spans(State.TASK)) {
                if (!task.label().equals("task-1")) {
                    assertTrue(row.spans(State.SLEEPING).stream().anyMatch(sleep -> sleep.end().compareTo(task.start()) <= 0),
                            () -> "no sleep before " + task + " on " + row);
                }
            }
        }
    }

    @Test
    void thePoolPictureDrawsWhatAThreadDidAfterItsLastSampledTask() throws Exception {
        // One pool thread runs the 16 tasks in order; one in every 2 is sampled, task-1 to
        // task-15, so task-16 runs unsampled after the last sampled one, and its sleep is drawn.
        var run = DemoRun.of(Demo::run, "--tasks", "16", "--sleep-millis", "1", "--platform-threads", "1");
        assertEquals(0, run.status(), run::toString);
        String svg = Files.readString(Path.of("target/pictures/platform-pool.svg"));
        assertEquals(List.of("platform-1"), rowsOf(Path.of("target/pictures/platform-pool.svg")));
        Matcher last = Pattern.compile("<rect x=\"([\\d.]+)\" y=\"\\d+\" width=\"([\\d.]+)\"[^>]*><title>task-15 \\(")
                .matcher(svg);
        assertTrue(last.find(), svg);
        double lastTaskEnds = Double.parseDouble(last.group(1)) + Double.parseDouble(last.group(2));
        Matcher sleep = Pattern.compile("<rect x=\"([\\d.]+)\"[^>]*><title>sleep \\(").matcher(svg);
        boolean sleepAfter = false;
        while (sleep.find()) {
            // Half a pixel for the rounding of both.
            sleepAfter |= Double.parseDouble(sleep.group(1)) >= lastTaskEnds - 0.5;
        }
        assertTrue(sleepAfter, () -> "no sleep drawn after task-15: " + svg);
    }

    @Test
    void withEightTasksOrFewerTheTimelineHasEveryTask() throws Exception {
        var run = DemoRun.of(Demo::run, "--tasks", "3", "--sleep-millis", "1", "--platform-threads", "1",
                "--pictures", "off");
        assertEquals(0, run.status(), run::toString);
        assertEquals(2, run.linesWhere(m -> m.startsWith("timeline of 3 tasks:\n")).size(), run::toString);
    }

    /** The threads a picture has a row for, by number. */
    private static List<String> rowsOf(Path svg) throws IOException {
        Matcher row = Pattern.compile(">((?:virtual|platform)-\\d+)</text>").matcher(Files.readString(svg));
        var threads = new ArrayList<String>();
        while (row.find()) {
            threads.add(row.group(1));
        }
        threads.sort(Comparator.comparingInt(DemoTest::number));
        return threads;
    }

    private static int number(String thread) {
        return Integer.parseInt(thread.substring(thread.indexOf('-') + 1));
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
