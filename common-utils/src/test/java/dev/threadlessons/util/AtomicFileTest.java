package dev.threadlessons.util;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.threadlessons.testing.TestThreads;

class AtomicFileTest {

    @TempDir
    Path folder;

    @Test
    void aReaderSeesTheOldFileUntilTheNewOneIsWholeThenTheNewOne() throws Exception {
        Path file = folder.resolve("picture.svg");
        Files.writeString(file, "<svg>old</svg>");
        var halfWritten = new CountDownLatch(1);
        var finish = new CountDownLatch(1);

        var writer = TestThreads.start("writer", () -> AtomicFile.write(file, written -> {
            Files.writeString(written, "<svg>new, half");
            halfWritten.countDown();
            await(finish);
            Files.writeString(written, "<svg>new</svg>");
        }));
        try {
            halfWritten.await();
            assertEquals("<svg>old</svg>", Files.readString(file), "while the new one is being written");
        } finally {
            finish.countDown();
            writer.result();
        }
        assertEquals("<svg>new</svg>", Files.readString(file));
        assertEquals(List.of(file), filesIn(folder), "no part file left beside it");
    }

    @Test
    void itMakesTheFolderItWritesIn() throws Exception {
        Path file = folder.resolve("target").resolve("pictures").resolve("scene.jfr");

        assertEquals(file, AtomicFile.write(file, written -> Files.writeString(written, "recorded")));

        assertEquals("recorded", Files.readString(file));
    }

    @Test
    void aWriteThatFailsLeavesTheOldFileAsItWasAndNoPartFile() throws Exception {
        Path file = folder.resolve("picture.svg");
        Files.writeString(file, "<svg>old</svg>");

        var failure = assertThrows(IOException.class, () -> AtomicFile.write(file, written -> {
            Files.writeString(written, "<svg>new, half");
            throw new IOException("disk full");
        }));

        assertEquals("disk full", failure.getMessage());
        assertEquals("<svg>old</svg>", Files.readString(file));
        assertEquals(List.of(file), filesIn(folder));
    }

    /** Waits for {@code latch} inside a write, whose content may throw only an {@link IOException}. */
    private static void await(CountDownLatch latch) throws InterruptedIOException {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted in the middle of a write");
        }
    }

    private static List<Path> filesIn(Path folder) throws IOException {
        try (var files = Files.list(folder)) {
            return files.toList();
        }
    }
}
