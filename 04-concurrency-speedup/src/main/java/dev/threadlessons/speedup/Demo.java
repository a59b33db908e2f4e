package dev.threadlessons.speedup;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.threadlessons.util.Banner;
import dev.threadlessons.util.CommandLine;
import dev.threadlessons.util.Durations;

/**
 * Lesson 04: the same work done one after another, on several threads, on a pool, in a parallel
 * stream, in turns on a single thread, and in child JVMs; each with its wall time, its speed-up
 * over one after another, and a timeline of what ran where. Run it with {@code --help} for the
 * options.
 */
public final class Demo {

    private static final Logger LOG = LoggerFactory.getLogger(Demo.class);
    private static final int CORES = SpeedupOptions.CORES;
    /** Long enough for any child JVM on a busy machine; it only matters when something is wrong. */
    private static final Duration CHILD_TIMEOUT = Duration.ofMinutes(1);

    private Demo() {
    }

    public static void main(String[] args) throws Exception {
        CommandLine.exit(run(args));
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
        LOG.info("{} cores, JDK {}, {}", CORES, Runtime.version(), load());
        var verdict = new ArrayList<String>();
        if (options.runs("io")) {
            verdict.add(ioBound(options));
        }
        if (!options.only().equals("io")) {
            verdict.addAll(cpuBound(options));
        }
        if (options.runs("io")) {
            virtualThreads();
        }
        Banner.verdict(LOG, String.join("; ", verdict));
        return 0;
    }

    private static String ioBound(SpeedupOptions options) throws Exception {
        Banner.section(LOG, String.format(Locale.ROOT, "I/O-bound: %d tasks that each wait %s",
                options.tasks(), Durations.format(options.ioWait())));
        var jobs = IntStream.rangeClosed(1, options.tasks())
                .mapToObj(task -> new SimulatedIo("download-" + task, options.ioWait()))
                .collect(Collectors.toList());
        var report = new TrialReport(LOG, Trial.run(new Sequential(), jobs));
        var threads = report.show(Trial.run(new ThreadPerTask(), jobs));
        var pool = report.show(Trial.run(new FixedPool(options.threads()), jobs));
        int waves = (options.tasks() + options.threads() - 1) / options.threads();
        return String.format(Locale.ROOT, "I/O-bound, %d tasks: %s %s, %s %s (at most %dx and %dx), %s",
                options.tasks(), threads.strategy(), times(threads, report.baseline()), pool.strategy(),
                times(pool, report.baseline()), options.tasks(), options.tasks() / waves,
                report.agreement("replies"));
    }

    private static List<String> cpuBound(SpeedupOptions options) throws Exception {
        var jobs = PrimeRange.split(options.cpuWork(), options.tasks(), options.chunks());
        Banner.section(LOG, String.format(Locale.ROOT,
                "CPU-bound: count the primes below %d in %d ranges", options.cpuWork(), options.tasks()));
        // Lets the JIT compile the prime test first, so that the baseline is not the one run
        // that pays for it.
        PrimeRange.countPrimes(0, 1_000_000);
        var report = new TrialReport(LOG, Trial.run(new Sequential(), jobs));
        var verdict = new ArrayList<String>();
        if (options.runs("cpu")) {
            var trials = List.of(report.show(Trial.run(new ThreadPerTask(), jobs)),
                    report.show(Trial.run(new FixedPool(CORES), jobs)),
                    report.show(Trial.run(new ParallelStream(), jobs)));
            report.amdahl(trials.get(1), CORES);
            verdict.add(String.format(Locale.ROOT, "CPU-bound on %d cores: %s (at most %dx)", CORES,
                    trials.stream().map(trial -> trial.strategy() + " " + times(trial, report.baseline()))
                            .collect(Collectors.joining(", ")), CORES));
        }
        if (options.runs("turns")) {
            Banner.section(LOG, "taking turns: the same ranges in chunks of "
                    + options.chunks() + " on one thread");
            var turns = report.show(Trial.run(new RoundRobin(), jobs));
            // One thread cannot beat one thread; a gap beyond noise means the machine's load changed.
            boolean noFaster = turns.speedupOver(report.baseline()) < 1.15;
            verdict.add(String.format(Locale.ROOT,
                    "%s %s (%s), every task under way after %s instead of %s", turns.strategy(),
                    times(turns, report.baseline()),
                    noFaster ? "no faster" : "faster only because the load on the machine changed",
                    Durations.format(turns.everyJobStartedAfter()),
                    Durations.format(report.baseline().everyJobStartedAfter())));
        }
        if (options.runs("processes")) {
            Banner.section(LOG, "processes: the same ranges in child JVMs");
            var children = report.show(Trial.run(new ChildProcesses(options.processes(), CHILD_TIMEOUT), jobs));
            var startUps = children.durationsOf(ChildConversation.STARTUP);
            LOG.info("start-up of each child JVM: {}",
                    startUps.stream().map(Durations::format).collect(Collectors.joining(", ")));
            boolean slower = children.speedupOver(report.baseline()) < 1;
            verdict.add(String.format(Locale.ROOT, "%s %s, each first paying up to %s to start%s",
                    children.strategy(), times(children, report.baseline()),
                    Durations.format(startUps.stream().max(Duration::compareTo).orElse(Duration.ZERO)),
                    slower ? " (slower: starting them costs more than this work saves)" : ""));
        }
        verdict.add(report.agreement("primes"));
        return verdict;
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

    private static String load() {
        double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        if (load < 0) {
            return "load average unknown";
        }
        return String.format(Locale.ROOT, "load average %.1f%s", load,
                load >= 1 ? " (other programs are using the cores: CPU speed-ups will be lower)" : "");
    }

    private static String times(Trial trial, Trial baseline) {
        return Durations.speedup(baseline.elapsed(), trial.elapsed());
    }
}
