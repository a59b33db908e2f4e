package dev.threadlessons.races;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.threadlessons.testing.Program;

/**
 * Runs the first look and its Python twin as a reader would, and checks every line: both reads
 * of 0 (in either order) before both writes of 1 (in either order), then exactly one update lost.
 */
class FirstLookTest {

    private static final Set<String> READS = Set.of("[worker-1] read 0", "[worker-2] read 0");
    private static final Set<String> WRITES = Set.of("[worker-1] wrote 1", "[worker-2] wrote 1");

    @Test
    void theJavaFirstLookLosesExactlyOneOfTwoUpdatesOnEveryRun() throws Exception {
        var run = Program.javaSource(Path.of("src/main/java/dev/threadlessons/races/FirstLook.java"));

        assertLosesOneUpdate(run, "[main] 2 increments, count is 1: 1 update lost");
    }

    @Test
    void thePythonTwinLosesExactlyOneOfTwoUpdatesOnEveryRun() throws Exception {
        var run = Program.python(Path.of("python/first_look.py"));

        assertLosesOneUpdate(run, "[MainThread] 2 increments, count is 1: 1 update lost");
    }

    private static void assertLosesOneUpdate(Program.Result run, String last) {
        assertEquals(0, run.status(), run::toString);
        List<String> lines = run.lines();
        assertEquals(5, lines.size(), run::toString);
        assertEquals(READS, Set.copyOf(lines.subList(0, 2)), run::toString);
        assertEquals(WRITES, Set.copyOf(lines.subList(2, 4)), run::toString);
        assertEquals(last, lines.get(4), run::toString);
        assertEquals("", run.err(), run::toString);
    }
}
