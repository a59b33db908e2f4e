package dev.threadlessons.speedup;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Future;

import dev.threadlessons.util.Timeline;

/**
 * Reads everything one child JVM prints, until the end of its output, and picks out the answers
 * of {@link PrimeWorker}'s protocol. Reading to the end matters: a child whose output pipe is
 * full blocks until someone reads it, and would never exit.
 *
 * <p>It records on the timeline, on the reading thread, how long the child took from being
 * started to saying {@code ready} (the JVM's start-up, {@link #STARTUP}), then how long each
 * range took, from one answer to the next; so the reading thread's row in the chart is the
 * child's own timeline. To include the time the OS takes to create the process, the reading
 * thread starts first and waits for the parent to hand it the started {@link Process}.
 *
 * <p>Thread-safety: used by one reading thread; the {@link Answer} it returns is immutable.
 */
final class ChildConversation implements Callable<ChildConversation.Answer> {

    /** The timeline's name for the time from starting a child JVM to its first line. */
    static final String STARTUP = "jvm start-up";
    private static final int KEPT_LINES = 20;

    /**
     * What a child said. {@code counts[i]} is the answer for range i, valid for
     * {@code i < received}; {@code otherOutput} holds the last lines that were not answers.
     */
    record Answer(long[] counts, int received, List<String> otherOutput) {
    }

    private final Future<Process> child;
    private final List<PrimeRange> ranges;
    private final Timeline timeline;
    private final ArrayDeque<String> otherOutput = new ArrayDeque<>();
    private boolean ready;

    ChildConversation(Future<Process> child, List<PrimeRange> ranges, Timeline timeline) {
        this.child = child;
        this.ranges = List.copyOf(ranges);
        this.timeline = timeline;
    }

    @Override
    public Answer call() throws Exception {
        var counts = new long[ranges.size()];
        int received = 0;
        try (var out = timeline.record(STARTUP, this::outputAfterReady)) {
            for (int index = 0; ready && index < ranges.size(); index++) {
                String expected = PrimeWorker.DONE + " " + index + " ";
                String done = timeline.record(ranges.get(index).name(),
                        () -> nextLineStartingWith(out, expected));
                if (done == null) {
                    break;
                }
                counts[index] = Long.parseLong(done.substring(expected.length()));
                received = index + 1;
            }
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                keep(line);
            }
        }
        return new Answer(counts, received, new ArrayList<>(otherOutput));
    }

    /** Waits for the started child, then reads its output up to {@code ready}, if it comes. */
    private BufferedReader outputAfterReady() throws Exception {
        var out = new BufferedReader(
                new InputStreamReader(child.get().getInputStream(), StandardCharsets.UTF_8));
        ready = nextLineStartingWith(out, PrimeWorker.READY) != null;
        return out;
    }

    /** The next line that starts with {@code prefix}, keeping the others; null at the end. */
    private String nextLineStartingWith(BufferedReader out, String prefix) throws IOException {
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            if (line.startsWith(prefix)) {
                return line;
            }
            keep(line);
        }
        return null;
    }

    private void keep(String line) {
        if (otherOutput.size() == KEPT_LINES) {
            otherOutput.removeFirst();
        }
        otherOutput.addLast(line);
    }
}
