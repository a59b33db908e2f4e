package dev.threadlessons.introspection;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.threadlessons.util.Banner;
import dev.threadlessons.util.CommandLine;
import dev.threadlessons.util.Durations;
import dev.threadlessons.util.ThreadListing;

import dev.threadlessons.introspection.stage.ListingCheck;
import dev.threadlessons.introspection.stage.StateLineup;
import dev.threadlessons.introspection.stage.ThreadReport;

/**
 * Lesson 10: what a running program can find out about its threads. The demo brings named
 * threads to every state a live thread can be in (running, sleeping, waiting on a condition,
 * blocked on a monitor, waiting for a semaphore's permit), then asks the JVM what it sees:
 * who is the current thread and who is "main", every live thread with its state and the lock
 * it waits for, the counts, each thread's stack top and CPU time, and the semaphore's queue.
 * Then it lets every thread go and joins them all.
 *
 * <p>Thread-safety: {@code main} runs on one thread; the threads it starts are those of
 * {@link StateLineup}, all released and joined before it returns 0.
 *
 * <p>How to run it: {@code mvn -pl 10-thread-introspection exec:java} from the project root
 * (after an edit, {@code mvn -pl 10-thread-introspection -am compile exec:java}), or run
 * {@code main} in your IDE. What to look for: the name of the thread running {@code main()} and the
 * state of the JVM's own {@code main}; the table, one named thread in each state, the
 * {@code BLOCKED} one with the monitor's owner; the semaphore's queue before and after release.
 */
public final class Demo {

    static final CommandLine CLI = CommandLine.forLesson("10-thread-introspection")
            .range("permit-waiters", 2, 1, 8, "threads that queue on the semaphore")
            .build();

    private static final Logger LOG = LoggerFactory.getLogger(Demo.class);
    /** How long to wait for a thread to reach its state, or to end once released. */
    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    /** What the demo saw while every thread was held in its state. */
    private record Findings(ListingCheck listing, SemaphoreDescription semaphore,
                            Map<Thread, Duration> cpu) {
    }

    private Demo() {
    }

    public static void main(String[] args) throws InterruptedException {
        CommandLine.exit(run(args));
    }

    /**
     * Runs the demo with {@code args} and returns its exit status: 0, or
     * {@value CommandLine#BAD_ARGUMENTS} after arguments it cannot use. Tests call this, not
     * {@code main}, which may end the JVM.
     */
    static int run(String... args) throws InterruptedException {
        var arguments = CLI.parseOrExplain(args);
        if (!arguments.runDemo()) {
            return arguments.exitStatus();
        }
        Banner.header(LOG, "Lesson 10", "thread introspection");
        Banner.section(LOG, "who am I: current thread, main thread, ids");
        ThreadReport.identity(LOG);

        var lineup = new StateLineup(arguments.intValue("permit-waiters"), TIMEOUT);
        Findings findings;
        try {
            Banner.section(LOG, "bringing named threads to known states");
            lineup.start();
            findings = lookAt(lineup);
        } finally {
            Banner.section(LOG, "releasing every thread and joining it");
            lineup.releaseAndJoin();
        }
        var after = SemaphoreDescription.of(lineup.semaphore());
        LOG.info("after the waiters passed the permit along: {}", after);
        Banner.verdict(LOG, verdict(lineup, findings, after));
        return 0;
    }

    private static Findings lookAt(StateLineup lineup) {
        var threads = new ArrayList<>(lineup.expectedStates().keySet());
        Banner.section(LOG, "every live thread (ThreadListing, ThreadTable)");
        var rows = ThreadListing.snapshot();
        ThreadReport.table(LOG, rows);
        var listing = ListingCheck.of(rows, lineup.expectedStates(),
                lineup.thread(StateLineup.BLOCKED).orElseThrow(),
                lineup.thread(StateLineup.HOLDER).orElseThrow());
        Banner.section(LOG, "counting threads");
        ThreadReport.counts(LOG, ThreadCounts.now(), rows.size());
        Banner.section(LOG, "top of each stack (Thread.getAllStackTraces)");
        ThreadReport.topFrames(LOG, threads);
        Banner.section(LOG, "CPU time per thread (ThreadMXBean)");
        var cpu = ThreadReport.cpuTimes(LOG, threads);
        Banner.section(LOG, "the semaphore");
        var semaphore = SemaphoreDescription.of(lineup.semaphore());
        LOG.info("while its waiters wait: {}", semaphore);
        return new Findings(listing, semaphore, cpu);
    }

    private static String verdict(StateLineup lineup, Findings findings, SemaphoreDescription after) {
        var threads = lineup.expectedStates().keySet();
        long joined = threads.stream().filter(thread -> !thread.isAlive()).count();
        return findings.listing().summary() + "; the semaphore's queue went from "
                + findings.semaphore().queueLength() + " to " + after.queueLength() + "; "
                + cpuSummary(findings.cpu()) + "; " + joined + " of " + threads.size()
                + " threads joined";
    }

    private static String cpuSummary(Map<Thread, Duration> cpu) {
        var busy = cpu.entrySet().stream()
                .filter(entry -> entry.getKey().getName().equals(StateLineup.BUSY))
                .map(Map.Entry::getValue).findFirst();
        if (busy.isEmpty()) {
            return "CPU time was not measured";
        }
        var others = cpu.values().stream().reduce(Duration.ZERO, Duration::plus).minus(busy.get());
        return StateLineup.BUSY + " used " + Durations.format(busy.get()) + " of CPU, the "
                + (cpu.size() - 1) + " others " + Durations.format(others) + " together";
    }
}
