package dev.threadlessons.speedup.stage;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.threadlessons.util.ModuleFolder;

/**
 * Runs this lesson's {@code python/speedup.py} with the {@code python3} on the {@code PATH}, on
 * the same machine and in the same run as the Java trials, and reads what it measured: the
 * Python build (with or without the GIL), and the median times of the same waits and of a
 * count of primes, one after another and on a thread per task.
 *
 * <p>The script prints three short lines, so its output fits in the pipe and the process never
 * blocks on it: the demo waits for it to end (at most {@link #DEADLINE}, then destroys it) and
 * reads the output afterwards.
 *
 * <p>Thread-safety: stateless; each call starts its own process.
 */
public final class PythonPeer {

    /** How long the script may run before it is destroyed. */
    static final Duration DEADLINE = Duration.ofSeconds(60);
    private static final Path SCRIPT = Path.of("python", "speedup.py");
    private static final Pattern BUILD = Pattern.compile("^Python (\\S+), (.+), (\\d+) CPUs?$");
    private static final Pattern WAITING = Pattern.compile("^waiting: (\\d+) waits of (\\d+) ms, median of \\d+: "
            + "one after another ([\\d.]+) ms, a thread per task ([\\d.]+) ms, (\\d+) replies$");
    private static final Pattern COMPUTING = Pattern.compile("^computing: the primes below (\\d+) in (\\d+) ranges,"
            + " median of \\d+: one after another ([\\d.]+) ms, a thread per task ([\\d.]+) ms, (\\d+) primes$");

    /**
     * What the script measured.
     *
     * @param version       such as {@code 3.11.7}
     * @param build         {@code GIL (default build)}, {@code GIL enabled} or
     *                      {@code free-threaded, GIL disabled}
     * @param cpus          the CPUs the Python process may use
     * @param waitsInSequence the waits one after another, in ms; {@code waitsOnThreads} on a thread each
     * @param countInSequence the count of primes one after another, in ms; {@code countOnThreads} on a thread each
     * @param primes        how many primes it counted
     */
    public record Measured(String version, String build, int cpus, double waitsInSequence, double waitsOnThreads,
                           double countInSequence, double countOnThreads, long primes) {

        /** Whether the GIL lets one thread at a time run Python code. */
        public boolean gil() {
            return !build.startsWith("free-threaded");
        }
    }

    /** What came of trying: a measurement, or the one-line reason there is none. */
    public record Outcome(Optional<Measured> measured, String reason) {
    }

    private PythonPeer() {
    }

    /** Runs the script with the demo's workload: {@code tasks} waits of {@code ioMillis} ms, primes below {@code cpuWork}. */
    public static Outcome measure(int tasks, long ioMillis, int cpuWork, int runs) throws InterruptedException {
        return measure(python3(), tasks, ioMillis, cpuWork, runs);
    }

    /** As above, with a given {@code python3}, or none. */
    static Outcome measure(Optional<Path> python, int tasks, long ioMillis, int cpuWork, int runs)
            throws InterruptedException {
        if (python.isEmpty()) {
            return new Outcome(Optional.empty(), "python3 is not on the PATH: skipped measuring Python threads");
        }
        Optional<Path> script = script();
        if (script.isEmpty()) {
            return new Outcome(Optional.empty(), "no " + SCRIPT + " next to this lesson's classes:"
                    + " skipped measuring Python threads");
        }
        var command = List.of(python.get().toString(), script.get().toString(), "--tasks", String.valueOf(tasks),
                "--io-millis", String.valueOf(ioMillis), "--cpu-work", String.valueOf(cpuWork),
                "--runs", String.valueOf(runs));
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            process.getOutputStream().close();
            try {
                if (!process.waitFor(DEADLINE.toSeconds(), TimeUnit.SECONDS)) {
                    return new Outcome(Optional.empty(), "python3 did not finish within " + DEADLINE.toSeconds()
                            + " s and was destroyed: no Python figures");
                }
                var lines = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();
                return parse(lines).map(m -> new Outcome(Optional.of(m), ""))
                        .orElseGet(() -> new Outcome(Optional.empty(), "python3 exited with status "
                                + process.exitValue() + " and printed: " + String.join(" | ", lines)));
            } finally {
                process.destroyForcibly();
                process.waitFor();
            }
        } catch (IOException e) {
            return new Outcome(Optional.empty(), "could not run python3: " + e.getMessage());
        }
    }

    /** The three lines of the script's output, read; empty if they are not all there. */
    static Optional<Measured> parse(List<String> lines) {
        Matcher build = null;
        Matcher waiting = null;
        Matcher computing = null;
        for (String line : lines) {
            build = match(BUILD, line, build);
            waiting = match(WAITING, line, waiting);
            computing = match(COMPUTING, line, computing);
        }
        if (build == null || waiting == null || computing == null) {
            return Optional.empty();
        }
        return Optional.of(new Measured(build.group(1), build.group(2), Integer.parseInt(build.group(3)),
                Double.parseDouble(waiting.group(3)), Double.parseDouble(waiting.group(4)),
                Double.parseDouble(computing.group(3)), Double.parseDouble(computing.group(4)),
                Long.parseLong(computing.group(5))));
    }

    private static Matcher match(Pattern pattern, String line, Matcher found) {
        Matcher m = pattern.matcher(line);
        return m.matches() ? m : found;
    }

    /** The script: in this lesson's folder, found from its classes, or under the working directory. */
    static Optional<Path> script() {
        var candidates = new ArrayList<Path>();
        ModuleFolder.of(PythonPeer.class).ifPresent(module -> candidates.add(module.resolve(SCRIPT)));
        candidates.add(SCRIPT);
        candidates.add(Path.of("04-concurrency-speedup").resolve(SCRIPT));
        return candidates.stream().filter(Files::isRegularFile).findFirst();
    }

    private static Optional<Path> python3() {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String folder : path.split(File.pathSeparator)) {
            if (!folder.isEmpty() && Files.isExecutable(Path.of(folder, "python3"))) {
                return Optional.of(Path.of(folder, "python3"));
            }
        }
        return Optional.empty();
    }
}
