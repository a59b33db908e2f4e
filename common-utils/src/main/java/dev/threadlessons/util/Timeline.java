package dev.threadlessons.util;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Records when each task starts and ends, and on which thread, then draws it as a text Gantt
 * chart with one row per thread, so a reader can see tasks run one after the other (a staircase),
 * side by side (overlapping rows), or in turns on one thread (letters alternating in one row):
 *
 * <pre>
 *                 0                                     1.21 s
 * main            |AAAAAAAAAABBBBBBBBBBCCCCCCCCCCDDDDDDDDDD|
 *   A = task-1  B = task-2  C = task-3  D = task-4
 * </pre>
 *
 * <p>Each task name gets one letter; several spans with the same name (chunks of one task) share
 * it. Time runs from the moment the timeline was created. Every span is also committed to JDK
 * Flight Recorder as a {@link TaskEvent}, so that a {@link ThreadRecording} around the work
 * draws the same tasks beside what the JVM saw the threads do.
 *
 * <p>Thread-safety: safe for concurrent use. Spans go into a lock-free queue, so recording adds
 * no lock that would itself make tasks take turns; {@link #render(int)} reads a consistent-enough
 * copy, and is meant to be called after the recorded work has finished.
 */
public final class Timeline {

    private static final String SYMBOLS =
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

    static {
        // The first JFR event a JVM creates costs a few hundred milliseconds (Flight Recorder
        // sets up its event machinery); pay that once here, before any timeline starts its clock,
        // not inside the first task's span, where it would look like the task's own time.
        var warmUp = new TaskEvent("warm-up");
        warmUp.begin();
        warmUp.end();
        warmUp.commit();
    }

    /** One task, or one chunk of a task, as it ran on one thread; times from the timeline's start. */
    public record Span(String task, String thread, Duration start, Duration end) {
    }

    private final long originNanos = System.nanoTime();
    private final ConcurrentLinkedQueue<Span> spans = new ConcurrentLinkedQueue<>();

    /** Runs {@code work} on the calling thread, recording it as a span named {@code task}. */
    public <T, E extends Exception> T record(String task, Timing.Task<T, E> work) throws E {
        var event = new TaskEvent(task);
        event.begin();
        Duration start = now();
        try {
            return work.run();
        } finally {
            spans.add(new Span(task, Thread.currentThread().getName(), start, now()));
            event.end();
            event.commit();
        }
    }

    /** Runs {@code work} on the calling thread, recording it as a span named {@code task}. */
    public <E extends Exception> void run(String task, Timing.Action<E> work) throws E {
        record(task, () -> {
            work.run();
            return null;
        });
    }

    /** The spans recorded so far, by start time. */
    public List<Span> spans() {
        var sorted = new ArrayList<>(spans);
        sorted.sort(Comparator.comparing(Span::start));
        return sorted;
    }

    /**
     * The chart, {@code width} columns wide for the bars, rows in the order the threads first
     * started a task, and a legend of the letters below.
     */
    public String render(int width) {
        if (width < 10) {
            throw new IllegalArgumentException("width must be at least 10, was " + width);
        }
        var recorded = spans();
        if (recorded.isEmpty()) {
            return "(no tasks recorded)\n";
        }
        var symbolByTask = new LinkedHashMap<String, Character>();
        var rowByThread = new LinkedHashMap<String, char[]>();
        long endNanos = recorded.stream().mapToLong(span -> span.end().toNanos()).max().orElse(1);
        double nanosPerColumn = Math.max(1, endNanos) / (double) width;
        for (Span span : recorded) {
            char symbol = symbolByTask.computeIfAbsent(span.task(),
                    task -> SYMBOLS.charAt(Math.min(symbolByTask.size(), SYMBOLS.length() - 1)));
            char[] row = rowByThread.computeIfAbsent(span.thread(), thread -> blankRow(width));
            int from = Math.min(width - 1, (int) (span.start().toNanos() / nanosPerColumn));
            int to = Math.min(width, (int) Math.ceil(span.end().toNanos() / nanosPerColumn));
            // A span shorter than one column still gets one, so that no task is invisible.
            for (int column = from; column < Math.max(from + 1, to); column++) {
                row[column] = symbol;
            }
        }
        return draw(rowByThread, symbolByTask, Duration.ofNanos(endNanos), width);
    }

    private static String draw(Map<String, char[]> rows, Map<String, Character> symbols,
                               Duration end, int width) {
        int labelWidth = rows.keySet().stream().mapToInt(String::length).max().orElse(0) + 1;
        String endLabel = Durations.format(end);
        var chart = new StringBuilder();
        chart.append(" ".repeat(labelWidth)).append(" 0")
                .append(" ".repeat(Math.max(1, width - 1 - endLabel.length())))
                .append(endLabel).append('\n');
        rows.forEach((thread, row) -> chart.append(thread)
                .append(" ".repeat(labelWidth - thread.length()))
                .append('|').append(row).append("|\n"));
        var legend = new StringBuilder("  ");
        symbols.forEach((task, symbol) -> legend.append(symbol).append(" = ").append(task).append("  "));
        chart.append(legend.toString().stripTrailing()).append('\n');
        return chart.toString();
    }

    private static char[] blankRow(int width) {
        char[] row = new char[width];
        Arrays.fill(row, ' ');
        return row;
    }

    private Duration now() {
        return Duration.ofNanos(System.nanoTime() - originNanos);
    }
}
