package dev.threadlessons.util;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import jdk.jfr.Category;
import jdk.jfr.Description;
import jdk.jfr.Event;
import jdk.jfr.Label;
import jdk.jfr.Name;
import jdk.jfr.StackTrace;

/**
 * A demo's own task, as JDK Flight Recorder records it: which thread ran which task, from when to
 * when. {@link Timeline} commits one for every span it records, so that a recording holds the
 * demo's tasks beside the JVM's own events (a thread blocked on a monitor, parked, sleeping), and
 * the text chart and the picture of a scene come from the same record ({@link ThreadRecording}).
 * While no recording runs, {@link #commit()} does nothing and costs next to nothing.
 *
 * <p>Each event also carries a number for its task's name, from a table kept in this JVM while a
 * recording runs ({@link #nameOf(long)}). Flight Recorder keeps a pool of the strings its events
 * carry: in JDK 16's source ({@code jdk.jfr.internal.StringPool}, {@code EventWriter.putString}),
 * from its second use on a string of 17 to 127 characters goes into the recording once and each
 * event refers to it. Measured on JDK 17.0.15, a task committed on a new thread from the JVM's
 * third recording on came back with its name missing ({@code task = N/A} in {@code jfr print}),
 * while JDK 25 kept it. The number lets this JVM read the name back all the same; a recording
 * read in another JVM has the names JFR kept.
 *
 * <p>Thread-safety: one instance per span, used by the thread that runs the task; the table of
 * names is a {@link ConcurrentHashMap} and may be used by any thread.
 */
@Name(TaskEvent.NAME)
@Label("Task")
@Category("threadlessons")
@Description("A task of a threadlessons demo, on the thread that ran it")
@StackTrace(false)
final class TaskEvent extends Event {

    static final String NAME = "dev.threadlessons.Task";

    /** The names of the tasks recorded in this JVM by number, and their numbers by name. */
    private static final Map<Long, String> NAMES = new ConcurrentHashMap<>();
    private static final Map<String, Long> NUMBERS = new ConcurrentHashMap<>();
    private static final AtomicLong LAST_NUMBER = new AtomicLong();

    @Label("Task")
    String task;

    @Label("Task number")
    @Description("The number of the task's name in the JVM that recorded it")
    long taskNumber;

    TaskEvent(String task) {
        this.task = task;
        // Only while a recording runs (isEnabled(): "at least one recording is running, and the
        // enabled setting for this event is set to true"), so that unrecorded demos keep no table.
        this.taskNumber = task != null && isEnabled() ? NUMBERS.computeIfAbsent(task, TaskEvent::newNumber) : 0;
    }

    private static long newNumber(String task) {
        long number = LAST_NUMBER.incrementAndGet();
        NAMES.put(number, task);
        return number;
    }

    /** The name of the task numbered {@code number} in this JVM, or {@code null} if none is. */
    static String nameOf(long number) {
        return NAMES.get(number);
    }
}
