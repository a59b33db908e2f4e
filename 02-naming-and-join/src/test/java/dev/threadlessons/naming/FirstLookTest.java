package dev.threadlessons.naming;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.threadlessons.testing.Program;

class FirstLookTest {

    /** What the three adders print, in whatever order they finish. */
    private static final Set<String> ADDERS = Set.of(
            "[adder-1] added 1 to 1000: 500500",
            "[adder-2] added 1001 to 2000: 1500500",
            "[adder-3] added 2001 to 3000: 2500500");

    @Test
    void theJavaFirstLookReadsAndAddsTheNamedWorkersSumsOnlyAfterJoiningThemAll() throws Exception {
        var run = Program.javaSource(Path.of("src/main/java/dev/threadlessons/naming/FirstLook.java"));

        assertEquals(0, run.status(), run::toString);
        var lines = run.lines();
        assertEquals(7, lines.size(), run::toString);
        assertEquals(ADDERS, Set.copyOf(lines.subList(0, 3)), run::toString);
        // main prints only after it joined every worker, so its lines come last, in this order.
        assertEquals(List.of(
                "[main] adder-1 found 500500",
                "[main] adder-2 found 1500500",
                "[main] adder-3 found 2500500",
                "[main] total 4501500; 3000 * 3001 / 2 = 4501500"), lines.subList(3, 7), run::toString);
    }

    @Test
    void thePythonTwinReadsAndAddsTheNamedWorkersSumsOnlyAfterJoiningThemAll() throws Exception {
        var run = Program.python(Path.of("python/first_look.py"));

        assertEquals(0, run.status(), run::toString);
        var lines = run.lines();
        assertEquals(7, lines.size(), run::toString);
        assertEquals(ADDERS, Set.copyOf(lines.subList(0, 3)), run::toString);
        assertEquals(List.of(
                "[MainThread] adder-1 found 500500",
                "[MainThread] adder-2 found 1500500",
                "[MainThread] adder-3 found 2500500",
                "[MainThread] total 4501500; 3000 * 3001 // 2 = 4501500"), lines.subList(3, 7), run::toString);
        assertEquals("", run.err(), run::toString);
    }
}
