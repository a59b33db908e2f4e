package dev.threadlessons.basics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.threadlessons.testing.Program;

class FirstLookTest {

    @Test
    void theJavaFirstLookRunsTheTaskOnMainWithRunAndOnWorkerWithStart() throws Exception {
        var run = Program.javaSource(Path.of("src/main/java/dev/threadlessons/basics/FirstLook.java"));

        assertEquals(0, run.status(), run::toString);
        // join() orders the worker's line before main's last one, so the order is the same every run.
        assertEquals(List.of(
                "[main] the JVM runs main on this thread",
                "[main] made worker: NEW",
                "[main] hello, Ada",
                "[main] run() returned; worker is still NEW",
                "[worker] hello, Ada",
                "[main] start() and join() returned; worker is TERMINATED"), run.lines(), run::toString);
    }

    @Test
    void thePythonTwinRunsTheTargetOnMainThreadWithRunAndOnWorkerWithStart() throws Exception {
        var run = Program.python(Path.of("python/first_look.py"));

        assertEquals(0, run.status(), run::toString);
        assertEquals(List.of(
                "[MainThread] Python runs the program on this thread",
                "[MainThread] made worker: alive=False",
                "[MainThread] hello, Ada",
                "[MainThread] run() returned; worker is still alive=False",
                "[worker] hello, Ada",
                "[MainThread] start() and join() returned; worker is alive=False"), run.lines(), run::toString);
        assertEquals("", run.err(), run::toString);
    }
}
