package dev.threadlessons.util;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

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

    private static List<String> concat(List<String> lines, String last) {
        var all = new ArrayList<>(lines);
        all.add(last);
        return all;
    }
}
