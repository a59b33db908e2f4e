package dev.threadlessons.deadlock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import dev.threadlessons.testing.Program;

class FirstLookTest {

    private static final Pattern JVM_LINE = Pattern.compile(
            "\\[main] JVM: (worker-[12]) \\(WAITING\\) holds \\[(\\S+)], waits for (\\S+) held by (worker-[12])");

    /** What the JVM said about one deadlocked worker. */
    private record Reported(String name, String holds, String waitsFor, String heldBy) {
    }

    @Test
    void theJavaFirstLookDeadlocksIsFoundByTheJvmAndEndsAfterOneInterrupt() throws Exception {
        var run = Program.javaSource(Path.of("src/main/java/dev/threadlessons/deadlock/FirstLook.java"));

        assertEquals(0, run.status(), run::toString);
        var lines = run.lines();
        assertEquals(8, lines.size(), run::toString);
        assertEquals(Set.of("[worker-1] holds lock A; asks for lock B", "[worker-2] holds lock B; asks for lock A"),
                Set.copyOf(lines.subList(0, 2)), run::toString);
        Map<String, Reported> jvm = lines.subList(2, 4).stream().map(FirstLookTest::reported)
                .collect(Collectors.toMap(Reported::name, r -> r));
        var one = jvm.get("worker-1");
        var two = jvm.get("worker-2");
        assertTrue(one != null && two != null, run::toString);
        // Crosswise: each waits for exactly the lock the other holds, and the JVM names the holder.
        assertEquals(List.of(two.holds(), "worker-2"), List.of(one.waitsFor(), one.heldBy()), run::toString);
        assertEquals(List.of(one.holds(), "worker-1"), List.of(two.waitsFor(), two.heldBy()), run::toString);
        assertTrue(one.holds().startsWith("java.util.concurrent.locks.ReentrantLock"), run::toString);
        assertEquals(List.of(
                "[main] interrupting worker-2",
                "[worker-2] interrupted: gives up waiting for lock A, lets go of lock B",
                "[worker-1] got lock B too",
                "[main] both threads ended"), lines.subList(4, 8), run::toString);
    }

    private static Reported reported(String line) {
        Matcher m = JVM_LINE.matcher(line);
        assertTrue(m.matches(), "not a JVM line: " + line);
        return new Reported(m.group(1), m.group(2), m.group(3), m.group(4));
    }

    @Test
    void thePythonTwinDeadlocksAndBothThreadsNoticeItByTheirTimeoutThenEnd() throws Exception {
        var run = Program.python(Path.of("python/first_look.py"));

        assertEquals(0, run.status(), run::toString);
        var lines = run.lines();
        assertEquals(7, lines.size(), run::toString);
        // Each pair may come in either order; the barriers fix the order of the pairs.
        assertEquals(Set.of("[worker-1] holds lock A; asks for lock B", "[worker-2] holds lock B; asks for lock A"),
                Set.copyOf(lines.subList(0, 2)), run::toString);
        assertEquals(Set.of("[worker-1] gave up waiting for lock B after 0.5 s: cannot proceed",
                        "[worker-2] gave up waiting for lock A after 0.5 s: cannot proceed"),
                Set.copyOf(lines.subList(2, 4)), run::toString);
        assertEquals(Set.of("[worker-1] let go of lock A", "[worker-2] let go of lock B"),
                Set.copyOf(lines.subList(4, 6)), run::toString);
        assertEquals("[MainThread] both threads ended; each had held the lock the other asked for", lines.get(6));
    }
}
