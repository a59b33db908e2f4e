package dev.threadlessons.subclassing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.threadlessons.testing.Program;

class FirstLookTest {

    @Test
    void theJavaFirstLookRunsEachStartedSubclassOnItsOwnThreadAndACalledRunOnMain() throws Exception {
        var run = Program.javaSource(Path.of("src/main/java/dev/threadlessons/subclassing/FirstLook.java"));

        assertEquals(0, run.status(), run::toString);
        var lines = run.lines();
        assertEquals(5, lines.size(), run::toString);
        // The two started counters print in either order; join() orders everything after them.
        assertEquals(Set.of("[counter-1] counted 5 words", "[counter-2] counted 8 words"),
                Set.copyOf(lines.subList(0, 2)), run::toString);
        assertEquals(List.of(
                "[main] joined: counter-1 counted 5, counter-2 counted 8",
                "[main] counted 3 words",
                "[main] counter-3 was never started: NEW"), lines.subList(2, 5), run::toString);
    }

    @Test
    void thePythonTwinDoesTheSameWithASubclassOfThreadingThread() throws Exception {
        var run = Program.python(Path.of("python/first_look.py"));

        assertEquals(0, run.status(), run::toString);
        var lines = run.lines();
        assertEquals(5, lines.size(), run::toString);
        assertEquals(Set.of("[counter-1] counted 5 words", "[counter-2] counted 8 words"),
                Set.copyOf(lines.subList(0, 2)), run::toString);
        assertEquals(List.of(
                "[MainThread] joined: counter-1 counted 5, counter-2 counted 8",
                "[MainThread] counted 3 words",
                "[MainThread] counter-3 was never started: alive False, ident None"),
                lines.subList(2, 5), run::toString);
    }
}
