package dev.threadlessons.util;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The command line that starts a child JVM running a given main class: the same {@code java}
 * binary as the running JVM, and a classpath where that class can be found. No shell is
 * involved; {@link ProcessBuilder} starts the binary directly.
 *
 * <p>The binary comes from {@link ProcessHandle#info()}, or from {@code java.home} when the OS
 * does not tell. The classpath is the place the main class was loaded from (its
 * {@link java.security.CodeSource CodeSource}: a {@code classes} folder or a jar), not
 * {@code java.class.path}: under {@code mvn exec:java} that property names Maven's own launcher,
 * not this lesson's classes, so a child started with it would not find its main class.
 *
 * <p>Thread-safety: stateless.
 */
public final class ChildJvm {

    private ChildJvm() {
    }

    /** {@code java -cp <where mainClass lives> <mainClass> <arguments...>}. */
    public static List<String> command(Class<?> mainClass, List<String> arguments) {
        var command = new ArrayList<String>();
        command.add(javaBinary().toString());
        command.add("-cp");
        command.add(classpathOf(mainClass).toString());
        command.add(mainClass.getName());
        command.addAll(arguments);
        return command;
    }

    /** The {@code java} executable of the running JVM. */
    public static Path javaBinary() {
        return ProcessHandle.current().info().command()
                .map(Path::of)
                .filter(Files::isExecutable)
                .orElseGet(() -> Path.of(System.getProperty("java.home"), "bin",
                        isWindows() ? "java.exe" : "java"));
    }

    /** The folder or jar that {@code type} was loaded from. */
    public static Path classpathOf(Class<?> type) {
        var source = type.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null) {
            throw new IllegalStateException(type.getName() + " has no known location to put on a classpath");
        }
        try {
            return Path.of(source.getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot read the location of " + type.getName(), e);
        }
    }

    private static boolean isWindows() {
        return System.getProperty("os.name", "").startsWith("Windows");
    }
}
