package dev.threadlessons.virtualthreads;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import dev.threadlessons.testing.Program;

class FirstLookTest {

    private static final Pattern PLATFORM = Pattern.compile(
            "\\[main] all 10000 are blocked at once; platform threads in this JVM: (\\d+)");
    private static final Pattern JAVA_DONE = Pattern.compile(
            "\\[main] all 10000 done (\\d+) ms after the go; one after the other they would take 1000 s");
    private static final Pattern PYTHON_DONE = Pattern.compile(
            "\\[MainThread] all 1000 done (\\d+) ms after the go; one after the other they would take 100 s");

    @Test
    void theJavaFirstLookBlocksTenThousandVirtualThreadsAtOnceOnAFewPlatformThreads() throws Exception {
        var run = Program.javaSource(Path.of("src/main/java/dev/threadlessons/virtualthreads/FirstLook.java"));

        assertEquals(0, run.status(), run::toString);
        var lines = run.lines();
        assertEquals(5, lines.size(), run::toString);
        assertEquals("[main] 10000 virtual threads started; each waits for the go, then sleeps 100 ms", lines.get(0));
        Matcher platform = matching(PLATFORM, lines.get(1));
        // 10,000 threads blocked at once, and the JVM counts a few platform threads, not one each:
        // its own and one carrier per core, under a tenth of them on any machine.
        assertTrue(Integer.parseInt(platform.group(1)) < 1000, lines.get(1));
        assertEquals(List.of("[main] go: every thread now sleeps 100 ms",
                "[virtual-1] woke up after its 100 ms sleep; virtual: true"), lines.subList(2, 4), run::toString);
        // Measured from the go, every sleep began after it: never less than one sleep. No upper
        // bound, a busy machine may take longer to wake them; the program shows how long.
        assertTrue(Long.parseLong(matching(JAVA_DONE, lines.get(4)).group(1)) >= 100, lines.get(4));
    }

    @Test
    void thePythonTwinBlocksAThousandOsThreadsAtOnceOneThreadEach() throws Exception {
        var run = Program.python(Path.of("python/first_look.py"));

        assertEquals(0, run.status(), run::toString);
        var lines = run.lines();
        assertEquals(5, lines.size(), run::toString);
        assertEquals(List.of(
                "[MainThread] 1000 threads started; each waits for the go, then sleeps 100 ms",
                "[MainThread] all 1000 are blocked at once; threads in this process: 1001",
                "[MainThread] go: every thread now sleeps 100 ms",
                "[thread-1] woke up after its 100 ms sleep"), lines.subList(0, 4), run::toString);
        assertTrue(Long.parseLong(matching(PYTHON_DONE, lines.get(4)).group(1)) >= 100, lines.get(4));
    }

    private static Matcher matching(Pattern pattern, String line) {
        Matcher m = pattern.matcher(line);
        assertTrue(m.matches(), "unexpected line: " + line);
        return m;
    }
}
