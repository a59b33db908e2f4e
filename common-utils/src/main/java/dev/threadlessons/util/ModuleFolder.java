package dev.threadlessons.util;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The Maven module a class was compiled in, found from where the class was loaded: a class in
 * {@code <module>/target/classes} belongs to {@code <module>}. From a jar, an IDE's own output
 * folder or the source launcher there is none.
 *
 * <p>Thread-safety: stateless.
 */
public final class ModuleFolder {

    private ModuleFolder() {
    }

    /** The module folder of {@code type}, if it was loaded from the module's {@code target/classes}. */
    public static Optional<Path> of(Class<?> type) {
        try {
            var source = type.getProtectionDomain().getCodeSource();
            URL location = source == null ? null : source.getLocation();
            if (location == null || !"file".equals(location.getProtocol())) {
                return Optional.empty();
            }
            return ofClasses(Path.of(location.toURI()));
        } catch (URISyntaxException | SecurityException e) {
            return Optional.empty();
        }
    }

    /** The module folder above {@code classes}, if it is a {@code target/classes} folder. */
    static Optional<Path> ofClasses(Path classes) {
        if (!classes.endsWith(Path.of("target", "classes")) || !Files.isDirectory(classes)) {
            return Optional.empty();
        }
        return Optional.ofNullable(classes.getParent().getParent());
    }

    /**
     * Where {@code type}'s module keeps generated files: {@code <module>/target/<name>}, or
     * {@code target/<name>} under the working directory when the module is not known.
     */
    public static Path targetFolder(Class<?> type, String name) {
        return of(type).map(module -> module.resolve("target")).orElse(Path.of("target")).resolve(name);
    }
}
