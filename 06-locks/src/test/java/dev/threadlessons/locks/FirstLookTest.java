package dev.threadlessons.locks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.threadlessons.testing.Program;

class FirstLookTest {

    /** The first half: worker-2 reads while worker-1 is held after its read, and one update is lost. */
    private static List<String> withoutALock(String mainThread) {
        return List.of(
                "[" + mainThread + "] --- without a lock ---",
                "[worker-1] read 0",
                "[worker-2] read 0",
                "[worker-2] wrote 1",
                "[worker-1] wrote 1",
                "[" + mainThread + "] 2 increments, count 1: 1 lost");
    }

    @Test
    void theJavaFirstLookLosesAnUpdateWithoutALockAndCountsExactlyWithOne() throws Exception {
        var run = Program.javaSource(Path.of("src/main/java/dev/threadlessons/locks/FirstLook.java"));

        assertEquals(0, run.status(), run::toString);
        var expected = new ArrayList<>(withoutALock("main"));
        expected.addAll(List.of(
                "[main] --- with a lock ---",
                "[worker-1] read 0",
                "[main] worker-2 waits for the lock that worker-1 holds",
                "[worker-1] wrote 1",
                "[worker-2] read 1",
                "[worker-2] wrote 2",
                "[main] 2 increments, count 2: exact"));
        assertEquals(expected, run.lines(), run::toString);
    }

    @Test
    void thePythonTwinLosesAnUpdateWithoutALockAndCountsExactlyWithOne() throws Exception {
        var run = Program.python(Path.of("python/first_look.py"));

        assertEquals(0, run.status(), run::toString);
        var expected = new ArrayList<>(withoutALock("MainThread"));
        expected.addAll(List.of(
                "[MainThread] --- with a lock ---",
                "[worker-1] read 0",
                "[MainThread] worker-2 is at the lock that worker-1 holds",
                "[worker-1] wrote 1",
                "[worker-2] read 1",
                "[worker-2] wrote 2",
                "[MainThread] 2 increments, count 2: exact"));
        assertEquals(expected, run.lines(), run::toString);
    }
}
