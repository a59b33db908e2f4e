package dev.threadlessons.util;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * What the threads of one scene did, as JDK Flight Recorder saw it: a row per thread, each with
 * spans of time in one state, times measured from the scene's first recorded event.
 * {@link ThreadRecording} makes one; {@link TimelinePicture} draws it as an SVG picture or as
 * text.
 *
 * <p>Thread-safety: immutable.
 *
 * @param length how long the scene lasted, from its first recorded event to its last
 * @param rows   one row per thread, in the order the threads first appear
 */
public record RecordedTimeline(Duration length, List<Row> rows) {

    /** What a thread was doing during a span. */
    public enum State {
        /** Running one of the demo's tasks ({@link Timeline}); a wait inside it is drawn over it. */
        TASK("running a task"),
        /** Blocked entering a {@code synchronized} block or method (JFR's {@code jdk.JavaMonitorEnter}). */
        BLOCKED("blocked on a monitor"),
        /** In {@code Object.wait()} ({@code jdk.JavaMonitorWait}). */
        WAITING("waiting in wait()"),
        /** Parked: waiting for a {@code ReentrantLock}, a latch, a semaphore, a condition ({@code jdk.ThreadPark}). */
        PARKED("parked (lock, latch, semaphore, condition)"),
        /** In {@code Thread.sleep} ({@code jdk.ThreadSleep}). */
        SLEEPING("sleeping");

        private final String description;

        State(String description) {
            this.description = description;
        }

        /** The words for the legend. */
        public String description() {
            return description;
        }
    }

    /**
     * One span of time in one state.
     *
     * @param state what the thread did
     * @param start when, from the scene's start
     * @param end   until when
     * @param label the task's name, or what the thread waited for (and its owner, where JFR
     *              knows it), such as {@code monitor of SynchronizedAccount, held by customer-1}
     */
    public record Span(State state, Duration start, Duration end, String label) {

        /** How long the span lasted. */
        public Duration length() {
            return end.minus(start);
        }

        /** Whether this span and {@code other} share some time. */
        public boolean overlaps(Span other) {
            return start.compareTo(other.end) < 0 && other.start.compareTo(end) < 0;
        }
    }

    /**
     * One thread's spans, by start time.
     *
     * @param thread the thread's name
     * @param spans  its spans, tasks and waits together
     */
    public record Row(String thread, List<Span> spans) {

        public Row {
            spans = List.copyOf(spans);
        }

        /** The spans in {@code state}. */
        public List<Span> spans(State state) {
            return spans.stream().filter(span -> span.state() == state).toList();
        }
    }

    public RecordedTimeline {
        rows = List.copyOf(rows);
    }

    /** The row of the thread named {@code thread}, if it did anything in the scene. */
    public Optional<Row> row(String thread) {
        return rows.stream().filter(row -> row.thread().equals(thread)).findFirst();
    }
}
