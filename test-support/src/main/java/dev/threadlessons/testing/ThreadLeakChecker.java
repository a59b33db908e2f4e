package dev.threadlessons.testing;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A JUnit 5 extension that fails a test which leaves behind a live thread it started.
 *
 * <p>Before each test it notes the live threads; after the test (and after its {@code @AfterEach}
 * methods) every thread that is new and still alive is a leak. A thread that is already on its way
 * out, say a worker of an executor that was just shut down, gets a short grace period: the checker
 * joins it for up to {@link #GRACE} before it calls it leaked. The failure names each leaked
 * thread with its state, so a reader sees at once which worker was never joined.
 *
 * <p>Every lesson gets it without asking: test-support's {@code junit-platform.properties} turns
 * on extension auto-detection and {@code META-INF/services} registers this class. It can also be
 * named explicitly with {@code @ExtendWith(ThreadLeakChecker.class)}.
 *
 * <p>A few threads are not the test's doing and are ignored: JUnit's own timeout threads, the
 * shared {@link java.util.concurrent.ForkJoinPool#commonPool() common pool} (which parallel
 * streams use and which the JVM keeps warm on purpose), and threads the JVM starts lazily.
 *
 * <p>Thread-safety: stateless; the per-test snapshot lives in JUnit's extension store.
 */
public final class ThreadLeakChecker implements BeforeEachCallback, AfterEachCallback {

    /** How long a new thread may take to finish after the test before it counts as leaked. */
    public static final Duration GRACE = Duration.ofSeconds(5);

    private static final List<String> IGNORED_NAME_PREFIXES = List.of(
            "junit-timeout-thread",
            "ForkJoinPool.commonPool-worker",
            "process reaper",
            "Attach Listener",
            "Common-Cleaner",
            "Notification Thread",
            "surefire-forkedjvm");

    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(ThreadLeakChecker.class);
    private static final String THREADS_BEFORE = "threadsBefore";

    @Override
    public void beforeEach(ExtensionContext context) {
        context.getStore(NAMESPACE).put(THREADS_BEFORE, liveThreads());
    }

    @Override
    public void afterEach(ExtensionContext context) throws InterruptedException {
        @SuppressWarnings("unchecked")
        var before = (Set<Thread>) context.getStore(NAMESPACE).remove(THREADS_BEFORE, Set.class);
        if (before == null) {
            return;
        }
        var leaked = newThreadsStillAliveAfterGrace(before);
        if (!leaked.isEmpty()) {
            throw new AssertionError(describe(leaked));
        }
    }

    /** The threads started since {@code before} that are alive even after the grace period. */
    static List<Thread> newThreadsStillAliveAfterGrace(Set<Thread> before)
            throws InterruptedException {
        var candidates = liveThreads().stream()
                .filter(thread -> !before.contains(thread))
                .filter(thread -> !isIgnored(thread))
                .collect(Collectors.toList());
        long deadline = System.nanoTime() + GRACE.toNanos();
        for (Thread thread : candidates) {
            long remainingMillis = Math.max(1, (deadline - System.nanoTime()) / 1_000_000);
            thread.join(remainingMillis);
        }
        return candidates.stream().filter(Thread::isAlive).collect(Collectors.toList());
    }

    static String describe(List<Thread> leaked) {
        return leaked.stream()
                .map(thread -> "'" + thread.getName() + "' (" + thread.getState()
                        + (thread.isDaemon() ? ", daemon" : "") + ")")
                .collect(Collectors.joining(", ",
                        "The test left " + leaked.size() + " live thread(s) behind: ",
                        ". Join every thread a test starts, and shut down and await every executor,"
                                + " before the test ends."));
    }

    private static Set<Thread> liveThreads() {
        return Thread.getAllStackTraces().keySet();
    }

    private static boolean isIgnored(Thread thread) {
        var name = thread.getName();
        return IGNORED_NAME_PREFIXES.stream().anyMatch(name::startsWith);
    }
}
