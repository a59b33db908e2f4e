package dev.threadlessons.basics;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Shows why the JVM waits for non-daemon threads and not for daemon ones: it runs
 * {@link JvmExitProbe} in a child JVM, reads the child's output until the child's {@code main}
 * has returned, then watches the child for {@code window}. A child whose only other thread is a
 * daemon exits within the window, that thread still blocked; a child with a non-daemon thread is
 * still alive when the window closes, and ends only after the experiment sends the line that
 * thread waits for.
 *
 * <p>Thread-safety: stateless; each call has its own child process.
 */
public final class JvmExitExperiment {

    /** How long a released child may take to end before the experiment gives up on it. */
    private static final Duration RELEASED_CHILD_LIMIT = Duration.ofSeconds(30);

    /**
     * What one child JVM did after its {@code main} returned.
     *
     * @param daemon                whether the child's worker was a daemon
     * @param exitedOnItsOwn        whether the JVM exited within the window, nobody releasing the worker
     * @param afterMainReturned     how long the JVM lived after {@code main} returned, or the window
     *                              if it was still alive then
     * @param exitCode              the child's exit status
     * @param output                the child's output lines
     */
    public record Outcome(boolean daemon, boolean exitedOnItsOwn, Duration afterMainReturned,
                          int exitCode, List<String> output) {

        /** Whether the child's worker thread got to the end of its {@code run()}. */
        public boolean workerFinished() {
            return output.stream().anyMatch(line -> line.endsWith("] " + JvmExitProbe.FINISHED));
        }
    }

    private JvmExitExperiment() {
    }

    /**
     * Runs one child JVM whose worker thread is a daemon or not, and reports what it did.
     *
     * @param window how long to watch the child after its {@code main} returned before releasing
     *               its worker; the call moves on as soon as the child exits
     */
    public static Outcome run(boolean daemon, Duration window) throws IOException, InterruptedException {
        if (window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("window must be positive, was " + window);
        }
        var process = new ProcessBuilder(javaExecutable(), "-cp", classPath(),
                JvmExitProbe.class.getName(), daemon ? "daemon" : "non-daemon")
                .redirectErrorStream(true)
                .start();
        try (var childOut = new BufferedReader(
                     new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
             var childIn = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8)) {
            var output = new ArrayList<String>();
            readUntilMainReturns(childOut, output);
            long mainReturned = System.nanoTime();
            boolean exitedOnItsOwn = process.waitFor(window.toNanos(), TimeUnit.NANOSECONDS);
            var lived = Duration.ofNanos(System.nanoTime() - mainReturned);
            if (!exitedOnItsOwn) {
                childIn.write("go\n");
                childIn.flush();
                if (!process.waitFor(RELEASED_CHILD_LIMIT.toMillis(), TimeUnit.MILLISECONDS)) {
                    throw new IllegalStateException("the child JVM did not end after its worker was released");
                }
            }
            childOut.lines().forEach(output::add);
            return new Outcome(daemon, exitedOnItsOwn, lived, process.exitValue(), List.copyOf(output));
        } finally {
            process.destroyForcibly();
        }
    }

    private static void readUntilMainReturns(BufferedReader childOut, List<String> output) throws IOException {
        String line;
        while ((line = childOut.readLine()) != null) {
            output.add(line);
            if (line.contains("] " + JvmExitProbe.MAIN_RETURNS)) {
                return;
            }
        }
        throw new IllegalStateException("the child JVM ended before its main returned: " + output);
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** Where this lesson's classes are: the folder or jar the probe was loaded from. */
    private static String classPath() {
        try {
            return Path.of(JvmExitProbe.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                    .toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot locate the lesson's classes", e);
        }
    }
}
