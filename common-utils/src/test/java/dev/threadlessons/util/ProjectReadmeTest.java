package dev.threadlessons.util;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import dev.threadlessons.testing.Program;
import dev.threadlessons.testing.Readme;

/**
 * The project's own README: its Java and Python blocks are the regions of the two programs in
 * {@code docs/java-for-python}, and both programs print what the README says they print. The
 * folder {@code ..} is the project's root, since Maven runs a module's tests in the module's folder.
 */
class ProjectReadmeTest {

    private static final Path ROOT = Path.of("..");
    private static final List<String> SHARED_LINES = List.of(
            "hello, Ada", "hello, Ada", "3 [worker-1, worker-2]", "hello, lambda", "4",
            "finally runs either way");

    @Test
    void everyJavaAndPythonBlockOfTheRootReadmeIsTheRegionOfItsSource() throws Exception {
        Readme.of(ROOT).assertCodeBlocksMatchTheirSources();
    }

    @Test
    void theJavaForPythonProgramsPrintTheSameLinesButTheNameOfTheException() throws Exception {
        var java = Program.javaSource(ROOT.resolve("docs/java-for-python/Basics.java"));
        var python = Program.python(ROOT.resolve("docs/java-for-python/basics.py"));

        assertEquals(0, java.status(), java::toString);
        assertEquals(0, python.status(), python::toString);
        assertEquals(concat(SHARED_LINES, "caught NumberFormatException"), java.lines());
        assertEquals(concat(SHARED_LINES, "caught ValueError"), python.lines());
    }

    @Test
    void everyFileTheRootReadmeLinksToExists() throws IOException {
        var missing = new ArrayList<String>();
        for (String target : linkTargets()) {
            if (!Files.exists(ROOT.resolve(target))) {
                missing.add(target);
            }
        }
        assertEquals(List.of(), missing, "links in README.md to files that do not exist");
    }

    @Test
    void eachLessonsRowLinksItsFirstLookInJavaAndInPython() throws IOException {
        var targets = linkTargets();
        try (Stream<Path> folders = Files.list(ROOT)) {
            var lessons = folders.map(f -> f.getFileName().toString()).filter(n -> n.matches("\\d\\d-.+")).sorted().toList();
            assertEquals(11, lessons.size(), lessons::toString);
            for (String lesson : lessons) {
                assertTrue(targets.contains(lesson + "/python/first_look.py"), lesson + ": no link to its Python first look");
                assertTrue(targets.stream().anyMatch(t -> t.startsWith(lesson + "/src/main/java/") && t.endsWith("/FirstLook.java")),
                        lesson + ": no link to its Java first look");
            }
        }
    }

    /** The relative targets of the README's Markdown links, without any {@code #anchor}. */
    private static List<String> linkTargets() throws IOException {
        Matcher link = Pattern.compile("\\]\\(([^)#\\s]+)(?:#[^)]*)?\\)").matcher(Files.readString(ROOT.resolve("README.md")));
        var targets = new ArrayList<String>();
        while (link.find()) {
            if (!link.group(1).contains("://")) {
                targets.add(link.group(1));
            }
        }
        return targets;
    }

    private static List<String> concat(List<String> lines, String last) {
        var all = new ArrayList<>(lines);
        all.add(last);
        return all;
    }
}
