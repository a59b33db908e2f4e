package dev.threadlessons.introspection;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.Optional;

/**
 * CPU time per thread, from the {@link ThreadMXBean}: the time a thread actually ran on a core,
 * as opposed to wall time, which also counts the time it slept or waited. A thread parked on a
 * lock for a second uses next to no CPU; a spinning thread uses a core's worth.
 *
 * <p>A JVM need not measure it: {@link ThreadMXBean#isThreadCpuTimeSupported()} says whether it
 * can, {@link ThreadMXBean#isThreadCpuTimeEnabled()} whether it does (HotSpot on Linux, macOS and
 * Windows: yes and yes by default). Asked anyway, {@code getThreadCpuTime} returns -1 when
 * measuring is disabled or the thread is not alive, and throws
 * {@code UnsupportedOperationException} where it is not supported (its Javadoc), which is why
 * {@link #of} checks first. Python's standard library has the same number only for the
 * calling thread ({@code time.thread_time()}).
 *
 * <p>Thread-safety: stateless, safe from any thread.
 */
public final class CpuTimes {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private CpuTimes() {
    }

    /** Whether this JVM can measure, and is measuring, CPU time per thread. */
    public static boolean measured() {
        return THREADS.isThreadCpuTimeSupported() && THREADS.isThreadCpuTimeEnabled();
    }

    /** The CPU time {@code thread} has used so far; empty if not measured or the thread has ended. */
    public static Optional<Duration> of(Thread thread) {
        if (!measured()) {
            return Optional.empty();
        }
        long nanos = THREADS.getThreadCpuTime(thread.getId());
        return nanos < 0 ? Optional.empty() : Optional.of(Duration.ofNanos(nanos));
    }
}
