package dev.threadlessons.util;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StaleBuildTest {

    private static final Instant COMPILED = Instant.parse("2026-12-01T10:00:00Z");

    @Test
    void classesNewerThanEverySourceGiveNoWarning(@TempDir Path lesson) throws IOException {
        Path classes = module(lesson, COMPILED.minusSeconds(60));
        assertEquals(Optional.empty(), StaleBuild.warningFor(classes));
    }

    @Test
    void aSourceEditedAfterTheLastCompileGivesAWarningThatNamesTheCommandThatCompiles(@TempDir Path root)
            throws IOException {
        Path classes = module(root.resolve("06-locks"), COMPILED.plusSeconds(60));
        String warning = StaleBuild.warningFor(classes).orElseThrow();
        assertTrue(warning.startsWith("warning: the sources of 06-locks changed after its last compile"), warning);
        assertTrue(warning.contains("mvn -pl 06-locks -am compile exec:java"), warning);
    }

    @Test
    void classesOutsideATargetFolderAreNotJudged(@TempDir Path folder) {
        assertEquals(Optional.empty(), StaleBuild.warningFor(folder));
    }

    @Test
    void aClassThatIsNotOnTheClassPathGivesNoWarning() {
        assertEquals(Optional.empty(), StaleBuild.warningFor("no.such.Demo"));
    }

    /** A lesson folder with one source edited at {@code sourceEdited} and one class compiled at {@link #COMPILED}. */
    private static Path module(Path lesson, Instant sourceEdited) throws IOException {
        Path source = lesson.resolve("src/main/java/dev/threadlessons/x/Demo.java");
        Path compiled = lesson.resolve("target/classes/dev/threadlessons/x/Demo.class");
        Files.createDirectories(source.getParent());
        Files.createDirectories(compiled.getParent());
        Files.writeString(source, "class Demo {}");
        Files.writeString(compiled, "");
        Files.setLastModifiedTime(source, FileTime.from(sourceEdited));
        Files.setLastModifiedTime(compiled, FileTime.from(COMPILED));
        return lesson.resolve("target/classes");
    }
}
