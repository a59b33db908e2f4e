package dev.threadlessons.util;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a file in one step as its readers see it: the content goes to a new file beside it,
 * which then takes its place by {@link Files#move} with {@link StandardCopyOption#ATOMIC_MOVE}.
 * The Javadoc of {@code Files.move} says that then "the move is performed as an atomic file system
 * operation", and that whether an existing file is replaced is implementation specific; on Linux
 * the JDK moves with {@code rename(2)}, which replaces it. A reader, or another JVM writing the
 * same file at the same moment, such as a second PIT minion running the same demo tests, finds
 * the old file or the new one, never half of one. Where the file system cannot move atomically
 * ({@link AtomicMoveNotSupportedException}), the file is replaced by an ordinary move.
 *
 * <p>Thread-safety: stateless; each call writes its own new file.
 */
final class AtomicFile {

    /** What writes the content, to the file it is given. */
    @FunctionalInterface
    interface Content {
        void writeTo(Path file) throws IOException;
    }

    private AtomicFile() {
    }

    /** Writes {@code file} with {@code content}, creating its folder; returns {@code file}. */
    static Path write(Path file, Content content) throws IOException {
        Path folder = file.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        Path written = Files.createTempFile(folder, file.getFileName().toString(), ".part");
        try {
            content.writeTo(written);
            try {
                Files.move(written, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException notHere) {
                Files.move(written, file, StandardCopyOption.REPLACE_EXISTING);
            }
            return file;
        } finally {
            Files.deleteIfExists(written);
        }
    }
}
