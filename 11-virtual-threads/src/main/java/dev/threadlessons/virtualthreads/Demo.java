package dev.threadlessons.virtualthreads;

import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.threadlessons.util.Banner;
import dev.threadlessons.util.CommandLine;
import dev.threadlessons.util.Durations;
import dev.threadlessons.util.ScenePictures;
import dev.threadlessons.util.Timeline;

/**
 * Lesson 11: 10,000 tasks that each sleep 100 ms, on 10,000 virtual threads and then on a pool
 * of platform threads; wall time, how many platform threads it took, and a timeline of
 * {@value SleepingTasks#RECORDED} tasks spread over the run, recorded by Flight Recorder and drawn
 * as pictures ({@code --pictures off} records nothing). Needs JDK 21 or newer. Run it with
 * {@code --help} for the options.
 *
 * <p>Thread-safety: {@code main} is meant to be called by one thread at a time.
 *
 * <p>How to run it: with {@code JAVA_HOME} set to a JDK 21 or newer, from the project root,
 * {@code mvn -pl 11-virtual-threads -am compile exec:java} (this works on a fresh clone; once
 * compiled, {@code mvn -pl 11-virtual-threads exec:java} runs it again), or run {@code main} in
 * your IDE with a JDK 21+. What to look for: the virtual threads finish in about one sleep, plus
 * the time to start 10,000 threads, with a dozen platform threads alive; the pool needs one
 * sleep per wave (10 waves of 1000) and a platform thread per pool slot.
 */
public final class Demo {

    private static final Logger LOG = LoggerFactory.getLogger(Demo.class);
    private static final int CHART_WIDTH = 60;

    static final CommandLine CLI = ScenePictures.declare(CommandLine.forLesson("11-virtual-threads")
            .range("tasks", 10_000, 1, 1_000_000, "number of sleeping tasks")
            .range("sleep-millis", 100, 1, 10_000, "how long each task sleeps, in ms")
            .range("platform-threads", 1_000, 1, 10_000, "threads in the platform-thread pool"))
            .build();

    private Demo() {
    }

    public static void main(String[] args) {
        CommandLine.exit(run(args));
    }

    /**
     * Runs the demo with {@code args} and returns its exit status: 0, or
     * {@value CommandLine#BAD_ARGUMENTS} after arguments it cannot use. Tests call this, not
     * {@code main}, which may end the JVM.
     */
    static int run(String... args) {
        var arguments = CLI.parseOrExplain(args);
        if (!arguments.runDemo()) {
            return arguments.exitStatus();
        }
        int tasks = arguments.intValue("tasks");
        var sleep = Duration.ofMillis(arguments.longValue("sleep-millis"));
        int poolSize = arguments.intValue("platform-threads");
        Banner.header(LOG, "Lesson 11", "virtual threads");
        LOG.info("{} cores, JDK {}", Runtime.getRuntime().availableProcessors(), Runtime.version());

        Banner.section(LOG, String.format(Locale.ROOT, "%d tasks sleeping %s, a virtual thread each",
                tasks, Durations.format(sleep)));
        // The demo prints its own timeline of the sampled tasks; the pictures add what the JVM saw.
        var pictures = ScenePictures.forDemo(Demo.class, arguments, LOG).withoutTextCharts().withWaitsAfterLastTask();
        var virtualRun = new RunTimeline();
        var virtual = pictures.record("virtual-threads",
                String.format(Locale.ROOT, "a virtual thread per task: %d of the %d threads, each sleeping its one task",
                        SleepingTasks.sampled(tasks), tasks),
                virtualRun, () -> SleepingTasks.onVirtualThreads(tasks, sleep, virtualRun.start()));
        show(virtual, virtualRun.timeline(), tasks);

        int waves = (tasks + poolSize - 1) / poolSize;
        Banner.section(LOG, String.format(Locale.ROOT,
                "the same tasks on a pool of %d platform threads: at most %d at a time, in %d waves",
                poolSize, poolSize, waves));
        var platformRun = new RunTimeline();
        var platform = pictures.record("platform-pool",
                "a pool of " + poolSize + " platform threads: each sleeps one task after another;"
                        + " the boxed tasks are the sampled ones",
                platformRun, () -> SleepingTasks.onPlatformPool(tasks, sleep, poolSize, platformRun.start()));
        show(platform, platformRun.timeline(), tasks);
        pictures.listFiles();

        Banner.verdict(LOG, String.format(Locale.ROOT, "%d tasks sleeping %s: virtual threads %s"
                        + " (%.1f sleep times, %d platform threads at most), a pool of %d platform"
                        + " threads %s (%.1f sleep times for %d waves, %d platform threads at most); %s",
                tasks, Durations.format(sleep), Durations.format(virtual.elapsed()),
                sleeps(virtual, sleep), virtual.peakPlatformThreads(), poolSize,
                Durations.format(platform.elapsed()), sleeps(platform, sleep), waves,
                platform.peakPlatformThreads(), everyTaskOnce(virtual, platform)));
        return 0;
    }

    /**
     * The timeline of one run, made as the run starts, so that its clock starts with the run and
     * not before Flight Recorder's start; as a {@link Predicate}, the threads that ran a task on
     * it, the threads a picture draws (the run's other threads are thousands).
     * {@link ScenePictures#record} asks only after the run has returned.
     *
     * <p>Thread-safety: not thread-safe; the demo's main thread uses it.
     */
    private static final class RunTimeline implements Predicate<String> {

        private Timeline timeline;
        private Set<String> threads;

        Timeline start() {
            timeline = new Timeline();
            return timeline;
        }

        Timeline timeline() {
            return timeline;
        }

        @Override
        public boolean test(String thread) {
            if (threads == null) {
                threads = timeline.spans().stream().map(Timeline.Span::thread).collect(Collectors.toSet());
            }
            return threads.contains(thread);
        }
    }

    private static void show(SleepingTasks.Outcome outcome, Timeline timeline, int tasks) {
        LOG.info("{} tasks done in {}, {} of them on virtual threads; at most {} platform threads"
                        + " were alive in this JVM", outcome.ranExactlyOnce(),
                Durations.format(outcome.elapsed()), outcome.onVirtualThreads(),
                outcome.peakPlatformThreads());
        int every = SleepingTasks.sampleEvery(tasks);
        LOG.info("timeline of {} tasks{}:\n{}", timeline.spans().size(),
                every == 1 ? "" : ", one in every " + every, timeline.render(CHART_WIDTH).stripTrailing());
    }

    private static double sleeps(SleepingTasks.Outcome outcome, Duration sleep) {
        return (double) outcome.elapsed().toNanos() / sleep.toNanos();
    }

    private static String everyTaskOnce(SleepingTasks.Outcome... outcomes) {
        for (var outcome : outcomes) {
            if (outcome.ranExactlyOnce() != outcome.tasks()) {
                return "only " + outcome.ranExactlyOnce() + " of " + outcome.tasks()
                        + " tasks ran exactly once";
            }
        }
        return "every task ran exactly once";
    }
}
