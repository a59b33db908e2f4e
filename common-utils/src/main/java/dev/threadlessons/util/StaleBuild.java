package dev.threadlessons.util;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Notices a demo that runs classes older than its sources. {@code mvn -pl NN exec:java} runs what
 * the last compile left in {@code target/classes} and does not compile first, so after an edit it
 * would quietly run the code from before the edit. The demo's first line then says so, and names
 * the command that compiles first.
 *
 * <p>The check compares modification times: the newest {@code .java} file under the lesson's
 * {@code src/main/java} against the newest {@code .class} file under its {@code target/classes}.
 * It looks only when the class was loaded from a {@code target/classes} folder beside a
 * {@code src/main/java} folder; from a jar, an IDE's output folder or the source launcher it
 * says nothing.
 *
 * <p>Thread-safety: stateless, safe from any thread.
 */
public final class StaleBuild {

    private StaleBuild() {
    }

    /** The warning for the lesson whose class is named {@code className}, if its classes are stale. */
    public static Optional<String> warningFor(String className) {
        try {
            Class<?> type = Class.forName(className, false, StaleBuild.class.getClassLoader());
            return ModuleFolder.of(type).flatMap(module -> warningFor(module.resolve(Path.of("target", "classes"))));
        } catch (ClassNotFoundException e) {
            return Optional.empty();
        }
    }

    /** The warning for the module whose compiled classes are in {@code classes}, if they are stale. */
    static Optional<String> warningFor(Path classes) {
        Optional<Path> found = ModuleFolder.ofClasses(classes);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Path module = found.get();
        Path sources = module.resolve(Path.of("src", "main", "java"));
        if (!Files.isDirectory(sources)) {
            return Optional.empty();
        }
        FileTime newestSource = newest(sources, ".java");
        FileTime newestClass = newest(classes, ".class");
        if (newestSource == null || newestClass == null || newestSource.compareTo(newestClass) <= 0) {
            return Optional.empty();
        }
        String lesson = module.getFileName().toString();
        return Optional.of("warning: the sources of " + lesson + " changed after its last compile, and this"
                + " run uses the old classes; to run your edit: mvn -pl " + lesson + " -am compile exec:java"
                + " (in a lesson copied alone: mvn compile exec:java)");
    }

    private static FileTime newest(Path folder, String suffix) {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(file -> file.toString().endsWith(suffix))
                    .map(StaleBuild::modified)
                    .max(FileTime::compareTo)
                    .orElse(null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static FileTime modified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
