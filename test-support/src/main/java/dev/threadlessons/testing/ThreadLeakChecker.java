package dev.threadlessons.testing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A JUnit 5 extension that fails a test which leaves behind a live thread it started.
 *
 * <p>What it sees:
 * <ul>
 *   <li><b>Each test.</b> Before each test it notes the live threads; after the test (and after its
 *       {@code @AfterEach} methods) every thread that is new and still alive is a leak.</li>
 *   <li><b>Each test class.</b> The same before {@code @BeforeAll} and after {@code @AfterAll}, so a
 *       thread started in {@code @BeforeAll}, a static initialiser or a field shared by the tests,
 *       and still alive when the class is done, fails the class.</li>
 *   <li><b>Virtual threads</b>, on JDK 21 and newer, once the JVM's virtual-thread scheduler is
 *       running. {@link Thread#getAllStackTraces()} lists platform threads only, so the checker
 *       then also reads the JVM's thread dump ({@link VirtualThreads}).</li>
 * </ul>
 *
 * <p>What it lets pass, on purpose:
 * <ul>
 *   <li>A thread on its way out: a new thread gets a grace period of {@link #GRACE} to end
 *       before it counts as leaked, so a worker of an executor that was just shut down is not
 *       blamed. A thread that was never joined but ends within the grace period passes too.</li>
 *   <li>Threads that are not the test's doing: JUnit's own timeout threads (which also means a
 *       thread stuck in a test that timed out is not reported again), the shared
 *       {@link java.util.concurrent.ForkJoinPool#commonPool() common pool} (which parallel
 *       streams use and which the JVM keeps warm on purpose; a task leaked into it goes unseen),
 *       the virtual-thread scheduler's own carrier and timer threads, and threads the JVM starts
 *       lazily (the process reaper, the attach listener, the cleaner, Flight Recorder's threads
 *       once a recording has run).</li>
 * </ul>
 *
 * <p>Every lesson gets it without asking: test-support's {@code junit-platform.properties} turns
 * on extension auto-detection and {@code META-INF/services} registers this class. It can also be
 * named explicitly with {@code @ExtendWith(ThreadLeakChecker.class)}.
 *
 * <p>Thread-safety: stateless; the snapshots live in JUnit's extension store.
 */
public final class ThreadLeakChecker
        implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback {

    /** How long a new thread may take to finish after the test before it counts as leaked. */
    public static final Duration GRACE = Duration.ofSeconds(5);

    private static final List<String> IGNORED_NAME_PREFIXES = List.of(
            "junit-timeout-thread",
            "ForkJoinPool.commonPool-worker",
            "process reaper",
            "Attach Listener",
            "Common-Cleaner",
            "Notification Thread",
            "JFR ",
            "surefire-forkedjvm");
    /** The JDK's own threads: the virtual-thread scheduler's carriers and timer, and InnocuousThreads. */
    private static final Set<String> IGNORED_GROUPS = Set.of("CarrierThreads", "InnocuousThreadGroup");

    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(ThreadLeakChecker.class);

    /** The threads alive at one moment: platform threads, and the ids of live virtual threads. */
    record Snapshot(Set<Thread> platform, Set<Long> virtual) {
        static Snapshot now() {
            return new Snapshot(Set.copyOf(Thread.getAllStackTraces().keySet()), VirtualThreads.liveIds());
        }
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getStore(NAMESPACE).put("class", Snapshot.now());
    }

    @Override
    public void afterAll(ExtensionContext context) throws InterruptedException {
        check(context, "class", "The test class");
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        context.getStore(NAMESPACE).put("test", Snapshot.now());
    }

    @Override
    public void afterEach(ExtensionContext context) throws InterruptedException {
        check(context, "test", "The test");
    }

    private static void check(ExtensionContext context, String key, String who) throws InterruptedException {
        var before = context.getStore(NAMESPACE).remove(key, Snapshot.class);
        if (before == null) {
            return;
        }
        var leaked = leakedSince(before);
        if (!leaked.isEmpty()) {
            throw new AssertionError(describe(who, leaked));
        }
    }

    /** Descriptions of the threads started since {@code before} that are alive even after the grace period. */
    static List<String> leakedSince(Snapshot before) throws InterruptedException {
        long deadline = System.nanoTime() + GRACE.toNanos();
        var leaked = new ArrayList<String>();
        for (Thread thread : newThreadsStillAliveAfterGrace(before.platform(), deadline)) {
            leaked.add("'" + thread.getName() + "' (" + thread.getState() + (thread.isDaemon() ? ", daemon" : "") + ")");
        }
        for (VirtualThreads.Row row : VirtualThreads.stillAliveAfter(before.virtual(), deadline)) {
            leaked.add("'" + row.name() + "' (virtual, " + row.state() + ")");
        }
        return leaked;
    }

    /** The platform threads started since {@code before} that are alive even after the grace period. */
    static List<Thread> newThreadsStillAliveAfterGrace(Set<Thread> before) throws InterruptedException {
        return newThreadsStillAliveAfterGrace(before, System.nanoTime() + GRACE.toNanos());
    }

    private static List<Thread> newThreadsStillAliveAfterGrace(Set<Thread> before, long deadline)
            throws InterruptedException {
        var candidates = Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> !before.contains(thread))
                .filter(thread -> !isIgnored(thread))
                .collect(Collectors.toList());
        for (Thread thread : candidates) {
            long remainingMillis = Math.max(1, (deadline - System.nanoTime()) / 1_000_000);
            thread.join(remainingMillis);
        }
        return candidates.stream().filter(Thread::isAlive).collect(Collectors.toList());
    }

    static String describe(String who, List<String> leaked) {
        return leaked.stream().collect(Collectors.joining(", ",
                who + " left " + leaked.size() + " live thread(s) behind: ",
                ". Join every thread a test starts, and shut down and await every executor,"
                        + " before the test ends."));
    }

    private static boolean isIgnored(Thread thread) {
        var name = thread.getName();
        var group = thread.getThreadGroup();
        return IGNORED_NAME_PREFIXES.stream().anyMatch(name::startsWith)
                || (group != null && IGNORED_GROUPS.contains(group.getName()));
    }
}
