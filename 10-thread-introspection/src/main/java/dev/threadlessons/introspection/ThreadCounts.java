package dev.threadlessons.introspection;

import java.lang.management.ManagementFactory;

/**
 * The ways Java counts threads, side by side, because they do not agree:
 * {@link Thread#activeCount()} counts only the caller's thread group (and its subgroups), while
 * the {@link java.lang.management.ThreadMXBean} counts every live thread of the JVM. Python's
 * {@code threading.active_count()} is the second kind.
 *
 * <p>Thread-safety: immutable. {@link #now()} reads the numbers one after the other while other
 * threads may start or end, so they describe a short moment, not one exact instant.
 *
 * @param activeInGroup    {@link Thread#activeCount()}: an estimate for the caller's group
 * @param group            the name of the caller's thread group
 * @param live             every live platform thread, daemons included
 * @param daemon           the live daemon threads among them
 * @param peak             the most live threads at once since the JVM started
 * @param startedSinceBoot every thread started since the JVM started, ended ones included
 */
public record ThreadCounts(int activeInGroup, String group, int live, int daemon, int peak,
                           long startedSinceBoot) {

    /** The counts as seen from the calling thread. */
    public static ThreadCounts now() {
        var threads = ManagementFactory.getThreadMXBean();
        int activeInGroup = Thread.activeCount();
        String group = Thread.currentThread().getThreadGroup().getName();
        int daemon = threads.getDaemonThreadCount();
        int live = threads.getThreadCount();
        int peak = threads.getPeakThreadCount();
        long started = threads.getTotalStartedThreadCount();
        return new ThreadCounts(activeInGroup, group, live, daemon, peak, started);
    }
}
