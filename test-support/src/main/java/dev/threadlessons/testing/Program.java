package dev.threadlessons.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.junit.jupiter.api.Assumptions;

/**
 * Runs a lesson's one-file programs as a reader would, in a process of their own: the Java first
 * look with the JDK's single-file source launcher ({@code java FirstLook.java}, JEP 330), which
 * proves it needs nothing but the JDK, and its Python twin with {@code python3}.
 *
 * <pre>{@code
 * Program.Result java = Program.javaSource(Path.of("src/main/java/dev/threadlessons/locks/FirstLook.java"));
 * Program.Result python = Program.python(Path.of("python/first_look.py"));   // skipped without python3
 * }</pre>
 *
 * <p>Each run has a deadline ({@link #DEADLINE}); a program still running then is killed and the
 * test fails, so a program that hangs cannot hang the build. Both output streams are read to
 * the end on threads of their own, so a program that writes a lot cannot block on a full pipe.
 *
 * <p>Thread-safety: stateless; each call starts its own process.
 */
public final class Program {

    /** How long one program may run: generous, since the launcher compiles the file first. */
    public static final Duration DEADLINE = Duration.ofSeconds(60);

    /**
     * What a program did.
     *
     * @param status its exit status
     * @param out    what it wrote to standard output
     * @param err    what it wrote to standard error
     */
    public record Result(int status, String out, String err) {
        /** Its standard output, line by line. */
        public List<String> lines() {
            return out.lines().toList();
        }

        @Override
        public String toString() {
            return out + (err.isEmpty() ? "" : "[stderr]\n" + err) + "[status " + status + "]";
        }
    }

    private Program() {
    }

    /** Runs {@code source} with the source launcher of the JDK that runs the tests. */
    public static Result javaSource(Path source, String... args) throws IOException, InterruptedException {
        var command = new ArrayList<String>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add(source.toString());
        command.addAll(List.of(args));
        return run(command);
    }

    /**
     * Runs {@code script} with {@code python3} from the {@code PATH}. Where there is none, the
     * calling test is skipped (a JUnit assumption) with a message that says so.
     */
    public static Result python(Path script, String... args) throws IOException, InterruptedException {
        Path python = python3().orElse(null);
        Assumptions.assumeTrue(python != null, "python3 is not on the PATH: the Python twin was not run");
        var command = new ArrayList<String>();
        command.add(python.toString());
        command.add(script.toString());
        command.addAll(List.of(args));
        return run(command);
    }

    /** The {@code python3} on the {@code PATH}, if there is one. */
    public static Optional<Path> python3() {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String folder : path.split(java.io.File.pathSeparator)) {
            if (folder.isEmpty()) {
                continue;
            }
            Path candidate = Path.of(folder, "python3");
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    private static Result run(List<String> command) throws IOException, InterruptedException {
        var builder = new ProcessBuilder(command);
        builder.environment().put("PYTHONUNBUFFERED", "1");
        builder.environment().put("PYTHONDONTWRITEBYTECODE", "1");
        Process process = builder.start();
        process.getOutputStream().close();
        CompletableFuture<String> out = readAll(process.getInputStream());
        CompletableFuture<String> err = readAll(process.getErrorStream());
        try {
            if (!process.waitFor(DEADLINE.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new AssertionError(String.join(" ", command) + " still ran after " + DEADLINE
                        + " and was killed");
            }
            return new Result(process.exitValue(),
                    out.get(DEADLINE.toMillis(), TimeUnit.MILLISECONDS),
                    err.get(DEADLINE.toMillis(), TimeUnit.MILLISECONDS));
        } catch (ExecutionException | TimeoutException e) {
            throw new AssertionError("could not read the output of " + String.join(" ", command), e);
        } finally {
            process.destroyForcibly();
            process.waitFor();
        }
    }

    private static CompletableFuture<String> readAll(InputStream stream) {
        var result = new CompletableFuture<String>();
        var reader = new Thread(() -> {
            try (stream) {
                result.complete(new String(stream.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                result.completeExceptionally(new UncheckedIOException(e));
            }
        }, "program-output-reader");
        reader.setDaemon(true);
        reader.start();
        return result;
    }
}
