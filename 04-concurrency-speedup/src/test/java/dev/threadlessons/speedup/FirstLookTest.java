package dev.threadlessons.speedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import dev.threadlessons.testing.Program;

/**
 * Runs the first look and its Python twin as a reader would and checks what they print. Times
 * are checked only where no machine, however busy, can break them: a sleep never returns early,
 * so two 300 ms waits one after the other take at least 600 ms, and the same two waits on two
 * threads, if they overlap at all, take less than 600 ms (and at least 300). How much faster the
 * counting of primes is depends on the cores and the load, so only its results are checked.
 */
class FirstLookTest {

    private static final String STARTED = "started: both threads are running";

    @Test
    void theJavaFirstLookOverlapsTwoWaitsOnTwoThreadsAndBothCountTheSamePrimes() throws Exception {
        var run = Program.javaSource(Path.of("src/main/java/dev/threadlessons/speedup/FirstLook.java"));

        assertEquals(0, run.status(), run::toString);
        assertShape(run, "main", "\\[main] CPUs this JVM may use: \\d+",
                "wait 300 ms", "1 \\+ 1", "count the primes below 2000000", "148933 \\+ 148933");
    }

    @Test
    void thePythonTwinOverlapsTwoWaitsOnTwoThreadsAndSaysWhichBuildItIs() throws Exception {
        var run = Program.python(Path.of("python/first_look.py"));

        assertEquals(0, run.status(), run::toString);
        assertShape(run, "MainThread", "\\[MainThread] CPUs this process may use: \\d+; Python 3\\.\\d+\\.\\S+, "
                        + "(GIL \\(default build\\)|GIL enabled|free-threaded, GIL disabled)",
                "wait 300 ms", "1 \\+ 1", "count the primes below 200000", "17984 \\+ 17984");
    }

    private static void assertShape(Program.Result run, String main, String firstLine, String waitTask,
                                    String waitResults, String countTask, String countResults) {
        List<String> lines = run.lines();
        assertEquals(9, lines.size(), run::toString);
        assertTrue(lines.get(0).matches(firstLine), run::toString);
        long inSequence = millis(lines.get(1), "\\[" + main + "] one after the other: " + waitTask
                + ", twice: " + waitResults + " in (\\d+) ms", run);
        long together = millis(lines.get(4), "\\[" + main + "] two threads: " + waitTask + ", twice: "
                + waitResults + " in (\\d+) ms, \\d+\\.\\dx as fast", run);
        assertTrue(inSequence >= 600, "two waits of 300 ms one after the other took only " + inSequence + " ms");
        assertTrue(together >= 300 && together < 600,
                "two waits of 300 ms on two threads took " + together + " ms: they did not overlap\n" + run);
        millis(lines.get(5), "\\[" + main + "] one after the other: " + countTask + ", twice: "
                + countResults + " in (\\d+) ms", run);
        millis(lines.get(8), "\\[" + main + "] two threads: " + countTask + ", twice: " + countResults
                + " in (\\d+) ms, \\d+\\.\\dx as fast", run);
        // The barrier releases both workers only when both run; which one prints first is free.
        var bothStarted = Set.of("[worker-1] " + STARTED, "[worker-2] " + STARTED);
        assertEquals(bothStarted, Set.copyOf(lines.subList(2, 4)), run::toString);
        assertEquals(bothStarted, Set.copyOf(lines.subList(6, 8)), run::toString);
    }

    private static long millis(String line, String pattern, Program.Result run) {
        Matcher m = Pattern.compile(pattern).matcher(line);
        assertTrue(m.matches(), "expected " + pattern + "\ngot " + line + "\nin\n" + run);
        return Long.parseLong(m.group(1));
    }
}
