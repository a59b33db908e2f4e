package dev.threadlessons.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.sun.management.HotSpotDiagnosticMXBean;

/**
 * The live virtual threads of this JVM, for {@link ThreadLeakChecker}.
 *
 * <p>No method of {@link Thread} or {@code ThreadMXBean} lists virtual threads
 * ({@link Thread#getAllStackTraces()} "does not include virtual threads"). The JVM's thread dump
 * does: from JDK 21, {@code HotSpotDiagnosticMXBean.dumpThreads(file, ThreadDumpFormat.JSON)}
 * writes every thread with its id, and marks a virtual one {@code "virtual": true} (seen on
 * JDK 25). The method is called by reflection, since this code is compiled for Java 17.
 *
 * <p>A dump costs a few milliseconds, so it is taken only while the JDK's virtual-thread
 * scheduler runs (a platform thread in the group {@code CarrierThreads} is alive): before that,
 * no virtual thread can have run. On JDK 17 the list is always empty.
 *
 * <p>Thread-safety: stateless; each call writes and deletes its own temporary file.
 */
final class VirtualThreads {

    /** A virtual thread in a dump: its id, name and state. */
    record Row(long id, String name, String state) {
    }

    private static final Pattern TID = Pattern.compile("\"tid\":\\s*\"(\\d+)\"");
    private static final Pattern NAME = Pattern.compile("\"name\":\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern STATE = Pattern.compile("\"state\":\\s*\"(\\w+)\"");
    private static final Pattern VIRTUAL = Pattern.compile("\"virtual\":\\s*true");
    private static final long POLL_MILLIS = 50;

    private VirtualThreads() {
    }

    /** The ids of the live virtual threads, or an empty set when none can exist or none can be seen. */
    static Set<Long> liveIds() {
        return live().stream().map(Row::id).collect(Collectors.toUnmodifiableSet());
    }

    /**
     * The virtual threads not in {@code before} that are still alive at {@code deadline} (a
     * {@link System#nanoTime()} value), looking again every 50 ms until then.
     */
    static List<Row> stillAliveAfter(Set<Long> before, long deadline) throws InterruptedException {
        while (true) {
            var fresh = live().stream().filter(row -> !before.contains(row.id())).toList();
            if (fresh.isEmpty() || System.nanoTime() - deadline >= 0) {
                return fresh;
            }
            Thread.sleep(POLL_MILLIS); // polling the JVM for threads to end, not ordering threads
        }
    }

    private static List<Row> live() {
        if (Runtime.version().feature() < 21 || !schedulerRuns()) {
            return List.of();
        }
        return parse(dump());
    }

    private static boolean schedulerRuns() {
        return Thread.getAllStackTraces().keySet().stream()
                .map(Thread::getThreadGroup)
                .anyMatch(group -> group != null && group.getName().equals("CarrierThreads"));
    }

    static List<Row> parse(String json) {
        var rows = new ArrayList<Row>();
        Matcher tid = TID.matcher(json);
        var starts = new ArrayList<Integer>();
        var ids = new ArrayList<Long>();
        while (tid.find()) {
            starts.add(tid.start());
            ids.add(Long.parseLong(tid.group(1)));
        }
        for (int i = 0; i < starts.size(); i++) {
            String entry = json.substring(starts.get(i), i + 1 < starts.size() ? starts.get(i + 1) : json.length());
            if (!VIRTUAL.matcher(entry).find()) {
                continue;
            }
            Matcher name = NAME.matcher(entry);
            Matcher state = STATE.matcher(entry);
            rows.add(new Row(ids.get(i), name.find() ? name.group(1) : "", state.find() ? state.group(1) : "?"));
        }
        return rows;
    }

    private static String dump() {
        Path folder = null;
        try {
            folder = Files.createTempDirectory("thread-dump");
            Path file = folder.resolve("threads.json");
            var bean = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
            Class<?> format = Class.forName("com.sun.management.HotSpotDiagnosticMXBean$ThreadDumpFormat");
            Method dumpThreads = HotSpotDiagnosticMXBean.class.getMethod("dumpThreads", String.class, format);
            dumpThreads.invoke(bean, file.toString(), enumConstant(format, "JSON"));
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot take a thread dump on JDK " + Runtime.version(), e);
        } finally {
            deleteQuietly(folder);
        }
    }

    private static Object enumConstant(Class<?> type, String name) {
        for (Object constant : type.getEnumConstants()) {
            if (((Enum<?>) constant).name().equals(name)) {
                return constant;
            }
        }
        throw new IllegalStateException(type + " has no constant " + name);
    }

    private static void deleteQuietly(Path folder) {
        if (folder == null) {
            return;
        }
        try {
            Files.deleteIfExists(folder.resolve("threads.json"));
            Files.deleteIfExists(folder);
        } catch (IOException e) {
            // a leftover temporary file is harmless; the check itself has its answer
        }
    }
}
