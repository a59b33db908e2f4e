package dev.threadlessons.testing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What one run of a demo printed, as {@link DemoRun} captured it.
 *
 * <p>Every demo's output has the same shape (common-utils' {@code Banner}): a header
 * {@code === Lesson 06: locks ===}, section titles {@code --- tryLock ... ---}, and one line
 * {@code Verdict: ...} at the end, computed from the run. {@link #skeleton()} is that shape with
 * the numbers masked, which is what a README's excerpt must keep in step with.
 *
 * <p>Thread-safety: immutable.
 *
 * @param status the exit status {@code run} returned
 * @param lines  every line logged during the run, in the order Logback received them
 * @param out    everything written to {@code System.out}
 * @param err    everything written to {@code System.err}
 */
public record DemoOutput(int status, List<LogLine> lines, String out, String err) {

    private static final Pattern HEADER = Pattern.compile("^=== .* ===$");
    private static final Pattern SECTION = Pattern.compile("^--- .* ---$");
    private static final String VERDICT = "Verdict: ";

    public DemoOutput {
        lines = List.copyOf(lines);
    }

    /** The messages, without thread names. */
    public List<String> messages() {
        return lines.stream().map(LogLine::message).toList();
    }

    /** The text after {@code Verdict: } on the last verdict line; fails if there is none. */
    public String verdict() {
        return lines.stream().map(LogLine::message).filter(m -> m.startsWith(VERDICT))
                .reduce((first, second) -> second)
                .map(m -> m.substring(VERDICT.length()))
                .orElseThrow(() -> new AssertionError("the demo printed no verdict line; it printed:\n" + this));
    }

    /** The section titles, in order, without their dashes. */
    public List<String> sections() {
        return lines.stream().map(LogLine::message).filter(m -> SECTION.matcher(m).matches())
                .map(m -> m.substring(4, m.length() - 4)).toList();
    }

    /** The header, the section titles and the verdict, in order, with numbers and hashes masked. */
    public List<String> skeleton() {
        return skeletonOf(messages());
    }

    /** The first line whose message contains {@code fragment}, if any. */
    public Optional<LogLine> lineContaining(String fragment) {
        return lines.stream().filter(line -> line.message().contains(fragment)).findFirst();
    }

    /** The lines whose message matches {@code test}. */
    public List<LogLine> linesWhere(Predicate<String> test) {
        return lines.stream().filter(line -> test.test(line.message())).toList();
    }

    /** Whether the demo logged nothing at all (as after {@code --help} or bad arguments). */
    public boolean loggedNothing() {
        return lines.isEmpty();
    }

    /**
     * Fails unless this run was refused the way every demo refuses bad arguments: exit status 2,
     * {@code error: <reason>} as the first line on standard error followed by the usage, and
     * nothing logged (the demo did not start).
     */
    public void assertRejected(String reason) {
        var errLines = err.lines().toList();
        if (status != 2 || errLines.isEmpty() || !errLines.get(0).equals("error: " + reason)
                || errLines.size() < 2 || !errLines.get(1).startsWith("usage: ") || !lines.isEmpty()) {
            throw new AssertionError("expected status 2, 'error: " + reason + "', the usage and no log line;"
                    + " got:\n" + this);
        }
    }

    /**
     * Fails unless this run printed the usage on standard output, listing each of {@code options}
     * (such as {@code "--threads N"}) and {@code --help}, and then ended with status 0 without
     * logging anything.
     */
    public void assertHelp(String... options) {
        var missing = new ArrayList<String>();
        for (String option : options) {
            if (!out.contains("  " + option + " ")) {
                missing.add(option);
            }
        }
        if (status != 0 || !out.startsWith("usage: ") || !out.contains("  --help ") || !missing.isEmpty()
                || !lines.isEmpty() || !err.isEmpty()) {
            throw new AssertionError("expected the usage with " + Arrays.toString(options)
                    + " (missing " + missing + "), status 0 and nothing logged; got:\n" + this);
        }
    }

    /** The lines of the output that make up its shape ({@link #skeleton()}), masked. */
    static List<String> skeletonOf(List<String> messages) {
        return messages.stream()
                .filter(m -> HEADER.matcher(m).matches() || SECTION.matcher(m).matches() || m.startsWith(VERDICT))
                .map(Masking::mask)
                .toList();
    }

    @Override
    public String toString() {
        return lines.stream().map(LogLine::toString).collect(Collectors.joining("\n"))
                + (out.isEmpty() ? "" : "\n[System.out]\n" + out)
                + (err.isEmpty() ? "" : "\n[System.err]\n" + err)
                + "\n[status " + status + "]";
    }
}
