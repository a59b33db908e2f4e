package dev.threadlessons.util;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A snapshot of the live platform threads of this JVM, one {@link ThreadRow} each, sorted by id.
 *
 * <p>{@link Thread#getAllStackTraces()} lists the threads with their name, state, daemon flag,
 * priority and group; the {@link ThreadMXBean} adds, for a blocked or waiting thread, the lock it
 * waits for and the thread that owns it. The two views are taken one after the other, not
 * atomically: a thread may change state in between, which is fine for a picture meant for people
 * and for tests that first bring a thread to a stable state. Virtual threads are not listed.
 *
 * <p>Thread-safety: stateless, safe from any thread.
 */
public final class ThreadListing {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private ThreadListing() {
    }

    /** Every live platform thread, sorted by id. */
    public static List<ThreadRow> snapshot() {
        var threads = Thread.getAllStackTraces().keySet();
        long[] ids = threads.stream().mapToLong(Thread::getId).toArray();
        Map<Long, ThreadInfo> infoById = Arrays.stream(THREADS.getThreadInfo(ids))
                .filter(Objects::nonNull)
                .collect(Collectors.toMap(ThreadInfo::getThreadId, Function.identity()));
        return threads.stream()
                .map(thread -> toRow(thread, infoById.get(thread.getId())))
                .sorted(Comparator.comparingLong(ThreadRow::id))
                .collect(Collectors.toList());
    }

    /** The row of {@code thread} in a fresh snapshot. */
    public static ThreadRow of(Thread thread) {
        ThreadInfo info = THREADS.getThreadInfo(thread.getId());
        return toRow(thread, info);
    }

    private static ThreadRow toRow(Thread thread, ThreadInfo info) {
        var group = thread.getThreadGroup();
        String lockName = info == null || info.getLockName() == null ? "" : info.getLockName();
        String lockOwner = info == null || info.getLockOwnerName() == null
                ? "" : info.getLockOwnerName();
        long lockOwnerId = info == null ? -1 : info.getLockOwnerId();
        return new ThreadRow(thread.getId(), thread.getName(), thread.getState(), thread.isDaemon(),
                thread.getPriority(), group == null ? "" : group.getName(),
                lockName, lockOwner, lockOwnerId);
    }
}
