package dev.threadlessons.util;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.threadlessons.util.RecordedTimeline.Row;
import dev.threadlessons.util.RecordedTimeline.Span;
import dev.threadlessons.util.RecordedTimeline.State;

/**
 * Draws a {@link RecordedTimeline}: as an SVG picture for a README (a row per thread, an axis in
 * milliseconds, a legend; each span's label in a tooltip), or as text for the terminal, where
 * letters are tasks and symbols are waits:
 *
 * <pre>
 *              0                                        312 ms
 * customer-1  |AAAAAAAAAAAAAAAAAAAAAAAAAA               |
 * customer-2  |   ######################BBBBB           |
 *   A = withdraw 80  B = withdraw 80   # blocked on a monitor
 * </pre>
 *
 * <p>A wait inside a task is drawn over the task: a task that sleeps shows as sleeping. The SVG
 * is self-contained (no script, no external style or font, only the generic {@code sans-serif}
 * and {@code monospace}), so that GitHub shows it inline.
 *
 * <p>Thread-safety: stateless.
 */
public final class TimelinePicture {

    /** The width of the SVG, in pixels: about the width of a README page on GitHub. */
    static final int WIDTH = 860;
    private static final int LABEL_WIDTH = 150;
    private static final int ROW_HEIGHT = 38;
    /** Roughly how wide a character of the 11 px and 10 px labels is, to decide whether a label fits. */
    private static final double CHAR_WIDTH = 6.2;
    private static final int TOP = 44;
    private static final int RIGHT_MARGIN = 16;
    /** The most characters of a thread name that fit the label column. */
    private static final int MAX_NAME = 19;

    private static final Map<State, String> COLOURS = new EnumMap<>(Map.of(
            State.TASK, "#9ecae9",
            State.BLOCKED, "#d62728",
            State.WAITING, "#ff7f0e",
            State.PARKED, "#f2b701",
            State.SLEEPING, "#9d9d9d"));
    private static final Map<State, Character> SYMBOLS = new EnumMap<>(Map.of(
            State.BLOCKED, '#',
            State.WAITING, '=',
            State.PARKED, '~',
            State.SLEEPING, '.'));
    private static final String LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

    private TimelinePicture() {
    }

    /** The timeline as an SVG document titled {@code title}. */
    public static String svg(RecordedTimeline timeline, String title) {
        int rows = timeline.rows().size();
        int legendTop = TOP + rows * ROW_HEIGHT + 30;
        int height = legendTop + 30;
        double plot = WIDTH - LABEL_WIDTH - RIGHT_MARGIN;
        double nanos = Math.max(1, timeline.length().toNanos());
        var svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\""
                        + " font-family=\"sans-serif\" font-size=\"12\">%n", WIDTH, height, WIDTH, height));
        svg.append("<title>").append(escape(title)).append("</title>\n");
        svg.append(String.format(Locale.ROOT, "<rect width=\"%d\" height=\"%d\" fill=\"#ffffff\"/>%n", WIDTH, height));
        svg.append(String.format(Locale.ROOT, "<text x=\"8\" y=\"18\" font-size=\"14\" font-weight=\"bold\">%s</text>%n",
                escape(title)));
        axis(svg, timeline.length(), plot, TOP + rows * ROW_HEIGHT);
        for (int i = 0; i < rows; i++) {
            Row row = timeline.rows().get(i);
            int y = TOP + i * ROW_HEIGHT;
            svg.append(String.format(Locale.ROOT,
                    "<g class=\"row\"><text x=\"8\" y=\"%d\" font-family=\"monospace\">%s</text>%n",
                    y + 23, escape(fitted(row.thread()))));
            // A task fills the row and names itself in its upper half; a wait inside it takes the
            // lower half, so that both can be read.
            for (Span span : row.spans(State.TASK)) {
                bar(svg, span, y + 3, ROW_HEIGHT - 6, 14, plot, nanos, true);
            }
            for (Span span : row.spans()) {
                if (span.state() != State.TASK) {
                    bar(svg, span, y + 18, ROW_HEIGHT - 23, ROW_HEIGHT - 27, plot, nanos, false);
                }
            }
            svg.append("</g>\n");
        }
        legend(svg, legendTop);
        svg.append("</svg>\n");
        return svg.toString();
    }

    /**
     * Writes {@link #svg} to {@code file}, creating its folder, in one step ({@link AtomicFile}),
     * and returns the file.
     */
    public static Path writeSvg(RecordedTimeline timeline, String title, Path file) {
        try {
            String picture = svg(timeline, title);
            return AtomicFile.write(file, written -> Files.writeString(written, picture));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The timeline as text, {@code width} columns for the bars: a letter per task, {@code #}
     * blocked on a monitor, {@code =} waiting in {@code wait()}, {@code ~} parked, {@code .} sleeping;
     * a legend below.
     */
    public static String text(RecordedTimeline timeline, int width) {
        if (width < 10) {
            throw new IllegalArgumentException("width must be at least 10, was " + width);
        }
        if (timeline.rows().isEmpty()) {
            return "(nothing recorded)\n";
        }
        double nanosPerColumn = Math.max(1, timeline.length().toNanos()) / (double) width;
        var letters = new LinkedHashMap<String, Character>();
        var used = new LinkedHashMap<State, Boolean>();
        int labelWidth = timeline.rows().stream().mapToInt(row -> row.thread().length()).max().orElse(0) + 1;
        String end = Durations.format(timeline.length());
        var chart = new StringBuilder();
        chart.append(" ".repeat(labelWidth)).append(" 0")
                .append(" ".repeat(Math.max(1, width - 1 - end.length()))).append(end).append('\n');
        for (Row row : timeline.rows()) {
            char[] bars = new char[width];
            Arrays.fill(bars, ' ');
            for (Span span : row.spans(State.TASK)) {
                char letter = letters.computeIfAbsent(span.label(),
                        task -> LETTERS.charAt(Math.min(letters.size(), LETTERS.length() - 1)));
                paint(bars, span, nanosPerColumn, letter);
            }
            for (Span span : row.spans()) {
                if (span.state() != State.TASK) {
                    used.put(span.state(), true);
                    paint(bars, span, nanosPerColumn, SYMBOLS.get(span.state()));
                }
            }
            chart.append(row.thread()).append(" ".repeat(labelWidth - row.thread().length()))
                    .append('|').append(bars).append("|\n");
        }
        var legend = new ArrayList<String>();
        letters.forEach((task, letter) -> legend.add(letter + " = " + task));
        for (State state : List.of(State.BLOCKED, State.WAITING, State.PARKED, State.SLEEPING)) {
            if (used.containsKey(state)) {
                legend.add(SYMBOLS.get(state) + " " + state.description());
            }
        }
        return chart.append("  ").append(String.join("   ", legend)).append('\n').toString();
    }

    private static void paint(char[] bars, Span span, double nanosPerColumn, char symbol) {
        int from = Math.min(bars.length - 1, (int) (span.start().toNanos() / nanosPerColumn));
        int to = Math.min(bars.length, (int) Math.ceil(span.end().toNanos() / nanosPerColumn));
        for (int column = from; column < Math.max(from + 1, to); column++) {
            bars[column] = symbol;
        }
    }

    /**
     * One span as a bar, its label and length in a tooltip, and its label written on it (its
     * baseline {@code textY} below the bar's top) when it fits.
     */
    private static void bar(StringBuilder svg, Span span, int y, int height, int textY, double plot, double nanos,
                            boolean isTask) {
        double x = LABEL_WIDTH + plot * span.start().toNanos() / nanos;
        double width = Math.max(1.5, plot * span.length().toNanos() / nanos);
        String tip = span.label() + " (" + Durations.format(span.length()) + ")";
        svg.append(String.format(Locale.ROOT,
                "<rect x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"%d\" fill=\"%s\"%s><title>%s</title></rect>%n",
                x, y, width, height, COLOURS.get(span.state()),
                isTask ? " stroke=\"#1f77b4\" stroke-width=\"1\"" : "", escape(tip)));
        if (width > CHAR_WIDTH * span.label().length() + 8) {
            svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" font-size=\"%d\"%s>%s</text>%n",
                    x + 4, y + textY, isTask ? 11 : 10,
                    span.state() == State.BLOCKED ? " fill=\"#ffffff\"" : "", escape(span.label())));
        }
    }

    private static void axis(StringBuilder svg, Duration length, double plot, int bottom) {
        double millis = length.toNanos() / 1e6;
        double step = niceStep(millis / 8);
        svg.append(String.format(Locale.ROOT,
                "<line x1=\"%d\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#444444\"/>%n",
                LABEL_WIDTH, TOP - 6, LABEL_WIDTH + plot, TOP - 6));
        for (double tick = 0; tick <= millis + 1e-9; tick += step) {
            double x = LABEL_WIDTH + (millis == 0 ? 0 : plot * tick / millis);
            svg.append(String.format(Locale.ROOT,
                    "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#dddddd\"/>%n", x, TOP - 6, x, bottom));
            svg.append(String.format(Locale.ROOT,
                    "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\" font-size=\"11\">%s</text>%n",
                    x, TOP - 10, tickLabel(tick, step)));
        }
    }

    private static void legend(StringBuilder svg, int y) {
        int x = 8;
        svg.append("<g class=\"legend\">\n");
        for (State state : State.values()) {
            svg.append(String.format(Locale.ROOT,
                    "<rect x=\"%d\" y=\"%d\" width=\"14\" height=\"12\" fill=\"%s\"%s/>%n", x, y - 10,
                    COLOURS.get(state), state == State.TASK ? " stroke=\"#1f77b4\"" : ""));
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\">%s</text>%n", x + 19, y,
                    escape(state.description())));
            x += 19 + 6 * state.description().length() + 22;
        }
        svg.append(String.format(Locale.ROOT,
                "<text x=\"%d\" y=\"%d\" font-size=\"10\" fill=\"#666666\">ms since the scene's first event;"
                        + " recorded by JDK Flight Recorder</text>%n", 8, y + 18));
        svg.append("</g>\n");
    }

    /**
     * A thread name that fits the label column: a long one keeps its end, which tells threads
     * apart ({@code dev.threadlessons.speedup.Demo.main()} becomes {@code …peedup.Demo.main()}).
     */
    static String fitted(String thread) {
        return thread.length() <= MAX_NAME ? thread : "\u2026" + thread.substring(thread.length() - MAX_NAME + 1);
    }

    /** 1, 2 or 5 times a power of ten, at least {@code raw}. */
    static double niceStep(double raw) {
        if (raw <= 0) {
            return 1;
        }
        double power = Math.pow(10, Math.floor(Math.log10(raw)));
        for (double factor : new double[] {1, 2, 5, 10}) {
            if (factor * power >= raw) {
                return factor * power;
            }
        }
        return 10 * power;
    }

    private static String tickLabel(double millis, double step) {
        return step < 1 ? String.format(Locale.ROOT, "%.1f ms", millis) : String.format(Locale.ROOT, "%.0f ms", millis);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
