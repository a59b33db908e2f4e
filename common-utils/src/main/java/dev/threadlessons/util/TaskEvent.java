package dev.threadlessons.util;

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
 * <p>Thread-safety: one instance per span, used by the thread that runs the task.
 */
@Name(TaskEvent.NAME)
@Label("Task")
@Category("threadlessons")
@Description("A task of a threadlessons demo, on the thread that ran it")
@StackTrace(false)
final class TaskEvent extends Event {

    static final String NAME = "dev.threadlessons.Task";

    @Label("Task")
    String task;

    TaskEvent(String task) {
        this.task = task;
    }
}
