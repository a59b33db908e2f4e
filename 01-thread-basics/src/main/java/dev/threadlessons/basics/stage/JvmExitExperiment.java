package dev.threadlessons.basics.stage;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import dev.threadlessons.basics.JvmExitProbe;
import dev.threadlessons.util.ChildJvm;

/**
 * Shows why the JVM waits for non-daemon threads and not for daemon ones: it runs
 * {@link JvmExitProbe} in a child JVM, reads the child's output until the child's {@code main}
 * has returned, then watches the child for {@code window}. A child whose only other thread is a
 * daemon exits within the window, that thread still blocked; a child with a non-daemon thread is
 * still alive when the window closes, and ends only after the experiment sends the line that
 * thread waits for.
 *
 * <p>Thread-safety: stateless; each call has its own child process, read to its end by a daemon
 * thread {@code child-output-reader} of its own (into a {@link CopyOnWriteArrayList}), which the
 * call joins before it returns. Every wait on the child has a deadline, so a child that stalls
 * cannot hang the demo.
 */
public final class JvmExitExperiment {

    /** How long a released child may take to end before the experiment gives up on it. */
    private static final Duration RELEASED_CHILD_LIMIT = Duration.ofSeconds(30);
    /** How long a child may take to start and say its {@code main} returns: generous, for busy machines. */
    private static final Duration START_LIMIT = Duration.ofSeconds(30);

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
     * @throws IllegalStateException if the child does not say its {@code main} returns within
     *                               {@link #START_LIMIT}, or does not end after its release
     */
    public static Outcome run(boolean daemon, Duration window) throws IOException, InterruptedException {
        if (window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("window must be positive, was " + window);
        }
        return run(daemon, window, ChildJvm.command(JvmExitProbe.class, List.of(daemon ? "daemon" : "non-daemon")),
                START_LIMIT);
    }

    /** As {@link #run(boolean, Duration)} with any child {@code command}, which tests use to stage a broken child. */
    static Outcome run(boolean daemon, Duration window, List<String> command, Duration startLimit)
            throws IOException, InterruptedException {
        var process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .start();
        var output = new CopyOnWriteArrayList<String>();
        var mainReturned = new CompletableFuture<Long>();
        // A reader of its own, so that a child that stalls before printing cannot stall the caller.
        var reader = new Thread(() -> readAll(process, output, mainReturned), "child-output-reader");
        reader.setDaemon(true);
        reader.start();
        try (var childIn = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8)) {
            long returnedAt = awaitMainReturned(mainReturned, output, startLimit);
            boolean exitedOnItsOwn = process.waitFor(
                    window.toNanos() - (System.nanoTime() - returnedAt), TimeUnit.NANOSECONDS);
            var lived = Duration.ofNanos(System.nanoTime() - returnedAt);
            if (!exitedOnItsOwn) {
                childIn.write("go\n");
                childIn.flush();
                if (!process.waitFor(RELEASED_CHILD_LIMIT.toMillis(), TimeUnit.MILLISECONDS)) {
                    throw new IllegalStateException("the child JVM did not end after its worker was released");
                }
            }
            reader.join(RELEASED_CHILD_LIMIT.toMillis());
            return new Outcome(daemon, exitedOnItsOwn, lived, process.exitValue(), List.copyOf(output));
        } finally {
            process.destroyForcibly();
            reader.join(RELEASED_CHILD_LIMIT.toMillis());
        }
    }

    private static long awaitMainReturned(CompletableFuture<Long> mainReturned, List<String> output,
                                          Duration startLimit) throws InterruptedException {
        try {
            return mainReturned.get(startLimit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new IllegalStateException("the child JVM did not say '" + JvmExitProbe.MAIN_RETURNS
                    + "' within " + startLimit.toMillis() + " ms; it printed " + output);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause().getMessage(), e.getCause());
        }
    }

    /** Reads the child's output to its end, noting when {@code main} said it returns. */
    private static void readAll(Process process, List<String> output, CompletableFuture<Long> mainReturned) {
        try (var childOut = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = childOut.readLine()) != null) {
                output.add(line);
                if (line.contains("] " + JvmExitProbe.MAIN_RETURNS)) {
                    mainReturned.complete(System.nanoTime());
                }
            }
        } catch (IOException e) {
            // The stream closes under the reader when the child is destroyed: nothing more to read.
        }
        mainReturned.completeExceptionally(
                new IllegalStateException("the child JVM ended before its main returned: " + output));
    }
}
