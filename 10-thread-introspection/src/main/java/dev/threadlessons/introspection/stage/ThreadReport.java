package dev.threadlessons.introspection.stage;

import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;

import dev.threadlessons.util.Durations;
import dev.threadlessons.util.ThreadRow;
import dev.threadlessons.util.ThreadTable;

import dev.threadlessons.introspection.CpuTimes;
import dev.threadlessons.introspection.MainThreads;
import dev.threadlessons.introspection.NativeThreadId;
import dev.threadlessons.introspection.StackPeek;
import dev.threadlessons.introspection.ThreadCounts;

/**
 * Writes what each introspection API says, one section of the demo per method, each line
 * logged by the thread that asks (so the log shows who is looking).
 *
 * <p>Thread-safety: stateless; it only reads thread information, which the JVM keeps
 * consistent on its own, and writes to a thread-safe logger.
 */
public final class ThreadReport {

    private ThreadReport() {
    }

    /** Python's current_thread(), main_thread(), get_ident() and get_native_id(), in Java. */
    public static void identity(Logger log) {
        var me = Thread.currentThread();
        log.info("Thread.currentThread(): '{}', id {}, group '{}', daemon {}", me.getName(),
                me.getId(), me.getThreadGroup().getName(), me.isDaemon());
        long pid = ProcessHandle.current().pid();
        NativeThreadId.ofCurrentThread().ifPresentOrElse(
                tid -> log.info("OS thread id {} (read from /proc/thread-self), process id {}", tid, pid),
                () -> log.info("no OS thread id on this system (Java has no API for it); process id {}",
                        pid));
        MainThreads.jvmMain().ifPresentOrElse(main -> {
            if (main == me) {
                log.info("main() runs on the JVM's own main thread, as it does under plain 'java'");
            } else {
                log.info("the JVM's own main thread is '{}', id {}, {}: a different thread.",
                        main.getName(), main.getId(), main.getState());
                log.info("Whoever launched this demo called main() from a thread of its own (exec:java"
                        + " does; so do this project's tests, by their JUnit setting), and main waits for it.");
            }
        }, () -> log.info("no thread named 'main' is alive any more"));
    }

    /** Python's threading.enumerate(), with what only the JVM knows: locks and their owners. */
    public static void table(Logger log, List<ThreadRow> rows) {
        ThreadTable.format(rows).lines().forEach(log::info);
    }

    /** Python's active_count(), and why Java has two answers. */
    public static void counts(Logger log, ThreadCounts counts, int listed) {
        log.info("Thread.activeCount() = {}: threads in group '{}' and its subgroups only",
                counts.activeInGroup(), counts.group());
        log.info("ThreadMXBean: {} live threads ({} daemons), peak {}, {} started since the JVM began",
                counts.live(), counts.daemon(), counts.peak(), counts.startedSinceBoot());
        log.info("Thread.getAllStackTraces() listed {} threads", listed);
    }

    /** The top of each thread's stack, and the line of our code that got it there. */
    public static void topFrames(Logger log, Collection<Thread> threads) {
        for (StackPeek peek : StackPeek.of(threads)) {
            log.info("{} top: {}", pad(peek.thread()), peek.topFrame());
            log.info("{} ours: {}", pad(""), peek.ownFrame());
        }
    }

    /**
     * CPU time of each thread: large for the spinning one, tiny for those that wait. Returns the
     * times it could measure, by thread, in the order given.
     */
    public static Map<Thread, Duration> cpuTimes(Logger log, Collection<Thread> threads) {
        var times = new LinkedHashMap<Thread, Duration>();
        if (!CpuTimes.measured()) {
            log.info("this JVM does not measure CPU time per thread "
                    + "(ThreadMXBean.isThreadCpuTimeSupported/Enabled)");
            return times;
        }
        for (Thread thread : threads) {
            var time = CpuTimes.of(thread);
            time.ifPresent(t -> times.put(thread, t));
            log.info("{} {}", pad(thread.getName()), time.map(Durations::format).orElse("(ended)"));
        }
        return times;
    }

    private static String pad(String name) {
        return String.format("%-20s", name);
    }
}
