package dev.threadlessons.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import dev.threadlessons.testing.Program;

class FirstLookTest {

    private static final Pattern TOOK = Pattern.compile("\\[(consumer-[123])] woke up and took (item-[123])");

    @Test
    void theJavaFirstLookReleasesEveryRunnerWithOneCountDownAndEachItemWakesOneConsumer() throws Exception {
        var run = Program.javaSource(Path.of("src/main/java/dev/threadlessons/events/FirstLook.java"));

        assertEquals(0, run.status(), run::toString);
        assertShape(run.lines(), "main", "one countDown() releases all three", "signal()", run.toString());
    }

    @Test
    void thePythonTwinReleasesEveryRunnerWithOneSetAndEachItemWakesOneConsumer() throws Exception {
        var run = Program.python(Path.of("python/first_look.py"));

        assertEquals(0, run.status(), run::toString);
        assertShape(run.lines(), "MainThread", "one set() releases all three", "notify()", run.toString());
    }

    /** Within each group of three the order is free; the groups come in this order every run. */
    private static void assertShape(List<String> lines, String main, String start, String wake, String run) {
        assertEquals(17, lines.size(), run);
        assertEquals(three("[runner-%d] at the line, waiting for the start"), Set.copyOf(lines.subList(0, 3)), run);
        assertEquals("[" + main + "] start! " + start, lines.get(3), run);
        assertEquals(three("[runner-%d] go!"), Set.copyOf(lines.subList(4, 7)), run);
        assertEquals(three("[consumer-%d] no data yet, waits on the condition"), Set.copyOf(lines.subList(7, 10)), run);
        assertEquals(List.of(
                "[" + main + "] put item-1; " + wake + " wakes one waiting consumer",
                "[" + main + "] put item-2; " + wake + " wakes one waiting consumer",
                "[" + main + "] put item-3; " + wake + " wakes one waiting consumer"), lines.subList(10, 13), run);
        // Which consumer gets which item is free; each consumer takes one, and each item is taken once.
        var consumers = new HashSet<String>();
        var items = new HashSet<String>();
        for (String line : lines.subList(13, 16)) {
            Matcher took = TOOK.matcher(line);
            assertTrue(took.matches(), "not a take: " + line + "\n" + run);
            consumers.add(took.group(1));
            items.add(took.group(2));
        }
        assertEquals(Set.of("consumer-1", "consumer-2", "consumer-3"), consumers, run);
        assertEquals(Set.of("item-1", "item-2", "item-3"), items, run);
        assertEquals("[" + main + "] all three items taken, 0 left", lines.get(16), run);
    }

    private static Set<String> three(String format) {
        return Set.of(String.format(format, 1), String.format(format, 2), String.format(format, 3));
    }
}
