package dev.threadlessons.speedup;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.threadlessons.speedup.stage.Ceiling;
import dev.threadlessons.speedup.stage.Figure;
import dev.threadlessons.speedup.stage.PythonPeer;
import dev.threadlessons.speedup.stage.RecordedScenes;
import dev.threadlessons.speedup.stage.Rounds;
import dev.threadlessons.speedup.stage.SpeedupOptions;
import dev.threadlessons.speedup.stage.Trial;
import dev.threadlessons.speedup.stage.TrialReport;
import dev.threadlessons.util.Banner;
import dev.threadlessons.util.CommandLine;
import dev.threadlessons.util.Durations;
import dev.threadlessons.util.ScenePictures;

/**
 * Lesson 04: the same work done one after another, on a thread per task, on a pool, in a parallel
 * stream, in turns on a single thread, and in child JVMs; each with its wall time, its speed-up
 * over one after another beside the ceiling it cannot pass, and a timeline of what ran where;
 * then Python threads measured on the same machine, when {@code python3} is on the {@code PATH}.
 * Every strategy runs once on a small workload to warm up, then {@code --runs} times in
 * alternating rounds, and its median run is the one shown.
 *
 * <p>Run it with {@code mvn -pl 04-concurrency-speedup exec:java} (after an edit:
 * {@code mvn -pl 04-concurrency-speedup -am compile exec:java}), or run {@code main} in your IDE;
 * {@code --help} lists the options. What to look for: the waits overlap on threads (about 8x for
 * 8 waits, on any number of cores); computing gets at most one core's worth per core (about 2x on
 * 2 cores); one thread taking turns gains nothing; Python threads overlap waits too, but with the
 * GIL their computing stays at 1x. A speed-up above its ceiling is marked DISTURBED.
 */
public final class Demo {

    private static final Logger LOG = LoggerFactory.getLogger(Demo.class);
    private static final int CORES = SpeedupOptions.CORES;
    /** Long enough for any child JVM on a busy machine; it only matters when something is wrong. */
    private static final Duration CHILD_TIMEOUT = Duration.ofMinutes(1);
    /** Python counts the primes below this many times fewer numbers, so that its part stays short. */
    private static final int PYTHON_SLOWER = 30;

    private Demo() {
    }

    public static void main(String[] args) throws Exception {
        CommandLine.exit(run(args));
    }

    /** What one part measured: its report, and the run on a thread per task, the one compared with Python. */
    private record Part(TrialReport report, Trial onThreads) {
    }

    /**
     * Runs the demo with {@code args} and returns its exit status: 0, or
     * {@value CommandLine#BAD_ARGUMENTS} after arguments it cannot use. Tests call this, not
     * {@code main}, which may end the JVM.
     */
    static int run(String... args) throws Exception {
        var arguments = SpeedupOptions.CLI.parseOrExplain(args);
        if (!arguments.runDemo()) {
            return arguments.exitStatus();
        }
        var options = SpeedupOptions.from(arguments);
        Banner.header(LOG, "Lesson 04", "concurrency speed-up: threads, pools, processes");
        LOG.info("{}, JDK {}, {}{}", Figure.cores(CORES), Runtime.version(), Figure.load(), Figure.busy()
                ? " (other programs keep the cores busy: CPU speed-ups will be lower, or disturbed)" : "");
        var verdict = new ArrayList<String>();
        var figures = new ArrayList<Figure>();
        Optional<Figure> waitsOnThreads = Optional.empty();
        Optional<Figure> countOnThreads = Optional.empty();
        if (options.runs("io")) {
            var io = ioBound(options);
            figures.addAll(io.report().figures());
            waitsOnThreads = Optional.of(io.report().figures().get(0));
            verdict.add(String.format(Locale.ROOT, "%d waits of %s: %s one after another, %s on a thread each",
                    options.tasks(), Durations.format(options.ioWait()),
                    Durations.format(io.report().baseline().elapsed()), Durations.format(io.onThreads().elapsed())));
            verdict.add(io.report().agreement("replies"));
        }
        if (options.runs("cpu") || options.runs("turns") || options.runs("processes")) {
            var cpu = cpuBound(options);
            figures.addAll(cpu.report().figures());
            if (cpu.onThreads() != null) {
                countOnThreads = Optional.of(cpu.report().figures().get(0));
                verdict.add(String.format(Locale.ROOT, "%d prime ranges: %s one after another, %s on a thread each",
                        options.tasks(), Durations.format(cpu.report().baseline().elapsed()),
                        Durations.format(cpu.onThreads().elapsed())));
            }
            verdict.add(cpu.report().agreement("primes"));
        }
        var pictures = ScenePictures.forDemo(Demo.class, arguments, LOG).withoutTextCharts();
        if (options.runs("cpu") && pictures.on()) {
            Banner.section(LOG, "one more run of four ways, recorded by Flight Recorder and drawn (not measured)");
            RecordedScenes.draw(pictures, PrimeRange.split(options.cpuWork(), options.tasks(), options.chunks()));
        }
        if (options.runs("python")) {
            python(options, waitsOnThreads, countOnThreads);
        }
        if (options.runs("io")) {
            virtualThreads();
        }
        long disturbed = figures.stream().filter(Figure::disturbed).count();
        verdict.add(String.format(Locale.ROOT, "%d Java speed-ups: %d at or below their ceilings, %d disturbed (%s)",
                figures.size(), figures.size() - disturbed, disturbed, Figure.load()));
        pictures.listFiles();
        Banner.verdict(LOG, String.join("; ", verdict));
        return 0;
    }

    private static Part ioBound(SpeedupOptions options) throws Exception {
        Banner.section(LOG, String.format(Locale.ROOT, "I/O-bound: %d tasks that each wait %s, median of %d runs",
                options.tasks(), Durations.format(options.ioWait()), options.runs()));
        var jobs = waits(options.tasks(), options.ioWait());
        var warmUp = waits(options.tasks(), Duration.ofMillis(1));
        List<Strategy<Job>> strategies = List.of(new Sequential(), new ThreadPerTask(), new FixedPool(options.threads()));
        var trials = Rounds.medians(strategies, warmUp, jobs, options.runs());
        var report = new TrialReport(LOG, trials.get(0));
        report.show(trials.get(1), Ceiling.waits(options.tasks(), options.tasks()));
        report.show(trials.get(2), Ceiling.waits(options.tasks(), options.threads()));
        return new Part(report, trials.get(1));
    }

    private static List<SimulatedIo> waits(int tasks, Duration wait) {
        return IntStream.rangeClosed(1, tasks).mapToObj(task -> new SimulatedIo("download-" + task, wait))
                .collect(Collectors.toList());
    }

    private static Part cpuBound(SpeedupOptions options) throws Exception {
        int tasks = options.tasks();
        Banner.section(LOG, String.format(Locale.ROOT,
                "CPU-bound: count the primes below %d in %d ranges, median of %d runs", options.cpuWork(), tasks,
                options.runs()));
        var jobs = PrimeRange.split(options.cpuWork(), tasks, options.chunks());
        var warmUp = PrimeRange.split(Math.min(options.cpuWork(), 500_000), tasks, options.chunks());
        int children = Math.min(options.processes(), tasks);
        var strategies = new ArrayList<Strategy<? super PrimeRange>>(List.of(new Sequential()));
        if (options.runs("cpu")) {
            strategies.addAll(List.of(new ThreadPerTask(), new FixedPool(CORES), new ParallelStream()));
        }
        if (options.runs("turns")) {
            strategies.add(new RoundRobin());
        }
        if (options.runs("processes")) {
            strategies.add(new ChildProcesses(children, CHILD_TIMEOUT));
        }
        // All of them in alternating rounds, so that a change of load hits each strategy alike.
        var trials = new ArrayList<>(Rounds.medians(strategies, warmUp, jobs, options.runs()));
        var report = new TrialReport(LOG, trials.remove(0));
        Trial onThreads = null;
        if (options.runs("cpu")) {
            onThreads = trials.remove(0);
            report.show(onThreads, Ceiling.computing(tasks, tasks, CORES));
            var pool = report.show(trials.remove(0), Ceiling.computing(tasks, CORES, CORES));
            // The common pool has cores - 1 workers, and the calling thread joins in.
            report.show(trials.remove(0), Ceiling.computing(tasks, CORES, CORES));
            report.amdahl(pool, CORES);
        }
        if (options.runs("turns")) {
            Banner.section(LOG, "taking turns: the same ranges in chunks of " + options.chunks() + " on one thread");
            var turns = trials.remove(0);
            report.show(turns, Ceiling.ONE_THREAD, ", every task under way after "
                    + Durations.format(turns.everyJobStartedAfter()) + " instead of "
                    + Durations.format(report.baseline().everyJobStartedAfter()));
        }
        if (options.runs("processes")) {
            Banner.section(LOG, "processes: the same ranges in child JVMs");
            var inChildren = trials.remove(0);
            var figure = report.show(inChildren, Ceiling.computing(tasks, children, CORES));
            LOG.info("start-up of each child JVM in that run: {}{}", inChildren.durationsOf(ChildConversation.STARTUP)
                    .stream().map(Durations::format).collect(Collectors.joining(", ")), figure.speedup() < 1
                    ? " (slower than one thread: starting them costs more than this work saves)" : "");
        }
        return new Part(report, onThreads);
    }

    private static void python(SpeedupOptions options, Optional<Figure> waitsOnJava, Optional<Figure> countOnJava)
            throws InterruptedException {
        Banner.section(LOG, "Python threads on this machine, beside Java's");
        int cpuWork = Math.max(1_000, options.cpuWork() / PYTHON_SLOWER);
        var outcome = PythonPeer.measure(options.tasks(), options.ioWait().toMillis(), cpuWork, options.runs());
        if (outcome.measured().isEmpty()) {
            LOG.info(outcome.reason());
            return;
        }
        var python = outcome.measured().get();
        LOG.info("python3: Python {}, {}, {}; the same {} waits, and the primes below {} in {} ranges"
                + " (pure Python counts many times more slowly, so it counts fewer: compare the speed-ups,"
                + " not the times), median of {} runs", python.version(), python.build(), Figure.count(python.cpus(), "CPU"),
                options.tasks(), cpuWork, options.tasks(), options.runs());
        var waits = new Figure("a thread per task", python.waitsInSequence() / python.waitsOnThreads(),
                Ceiling.waits(options.tasks(), options.tasks()));
        var count = new Figure("a thread per task", python.countInSequence() / python.countOnThreads(),
                python.gil() ? Ceiling.ONE_THREAD : Ceiling.computing(options.tasks(), options.tasks(), python.cpus()));
        LOG.info("waiting:   {}Python, a thread per task: {}", java(waitsOnJava), waits.describe());
        LOG.info("computing: {}Python, a thread per task: {}{}", java(countOnJava), count.describe(), python.gil()
                ? " (the GIL: one thread at a time runs Python code)" : " (no GIL: Python threads compute on every core)");
    }

    private static String java(Optional<Figure> figure) {
        return figure.map(f -> "Java, " + f.strategy() + ": " + f.describe() + "; ").orElse("");
    }

    private static void virtualThreads() {
        Banner.section(LOG, "virtual threads");
        int feature = Runtime.version().feature();
        if (feature < 21) {
            LOG.info("This is JDK {}. Virtual threads (10,000 sleeping tasks done in about one sleep)"
                    + " live in 11-virtual-threads and need JDK 21+", feature);
        } else {
            LOG.info("This JDK {} has virtual threads: mvn -pl 11-virtual-threads exec:java runs"
                    + " 10,000 sleeping tasks in about one sleep", feature);
        }
    }
}
