package dev.threadlessons.locks.jcstress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.openjdk.jcstress.annotations.Expect;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;

/**
 * Keeps the jcstress tests from rotting without running them (that takes minutes; the
 * {@code jcstress} profile does it): they compile, jcstress's annotation processor accepted them,
 * and each one declares exactly the outcomes that the README's jcstress tables give it. Those
 * tables have a header such as {@code | counter | `2` (acceptable) | `1` (forbidden) |} and a row
 * per counter; the row for {@code LockedCounter} stands for {@code LockedCounterJcstressTest}.
 */
class JcstressDeclarationsTest {

    private static final Pattern HEADER_OUTCOME = Pattern.compile("`([^`]+)` \\((acceptable|interesting|forbidden)\\)");
    private static final Pattern COUNTER = Pattern.compile("^\\|\\s*`(\\w+)`\\s*\\|");

    @Test
    void everyJcstressTestInThePackageIsCheckedHere() throws IOException, URISyntaxException {
        var resource = getClass().getResource(getClass().getSimpleName() + ".class");
        assertNotNull(resource, "own class file not found");
        Path folder = Path.of(resource.toURI()).getParent();
        var annotated = new TreeSet<String>();
        try (var files = Files.list(folder)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                String name = file.getFileName().toString();
                if (name.endsWith(".class") && !name.contains("$") && !name.contains("_jcstress")
                        && isJcstressTest(getClass().getPackageName() + "." + name.replace(".class", ""))) {
                    annotated.add(name.replace(".class", ""));
                }
            }
        }
        var listed = readmeTables().keySet().stream().map(Class::getSimpleName)
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(listed, annotated, "jcstress tests in the package vs. tests with a row in the README's tables");
    }

    @Test
    void eachTestDeclaresExactlyTheOutcomesTheReadmeTablesList() throws IOException {
        readmeTables().forEach((test, expected) -> {
            assertNotNull(test.getAnnotation(JCStressTest.class), test + " lacks @JCStressTest");
            assertNotNull(test.getAnnotation(State.class), test + " lacks @State");
            var declared = new TreeMap<String, Expect>();
            for (Outcome outcome : test.getAnnotationsByType(Outcome.class)) {
                Arrays.stream(outcome.id()).forEach(id -> declared.put(id, outcome.expect()));
            }
            assertEquals(expected, declared, test.getSimpleName() + ": README table vs @Outcome");
        });
    }

    @Test
    void theAnnotationProcessorGeneratedARunnerForEachTest() throws IOException {
        readmeTables().keySet().forEach(test -> assertNotNull(
                load(test.getName() + "_jcstress"), "no generated runner for " + test.getSimpleName()));
    }

    /** Every row of the README's jcstress tables: the test it stands for, and each outcome's verdict. */
    private static Map<Class<?>, Map<String, Expect>> readmeTables() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("README.md"));
        var tables = new LinkedHashMap<Class<?>, Map<String, Expect>>();
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).startsWith("| counter |")) {
                continue;
            }
            var outcomes = new TreeMap<String, Expect>();
            Matcher column = HEADER_OUTCOME.matcher(lines.get(i));
            while (column.find()) {
                outcomes.put(column.group(1), verdict(column.group(2)));
            }
            if (outcomes.isEmpty()) {
                continue;   // a table of counters that is not about jcstress (the JMH figures)
            }
            for (int row = i + 2; row < lines.size() && lines.get(row).startsWith("|"); row++) {
                Matcher counter = COUNTER.matcher(lines.get(row));
                assertTrue(counter.find(), "README table row names no counter: " + lines.get(row));
                tables.put(load(JcstressDeclarationsTest.class.getPackageName() + "." + counter.group(1) + "JcstressTest"),
                        outcomes);
            }
        }
        assertFalse(tables.isEmpty(), "README.md has no table headed '| counter | ...'");
        return tables;
    }

    private static Expect verdict(String word) {
        return switch (word) {
            case "acceptable" -> Expect.ACCEPTABLE;
            case "interesting" -> Expect.ACCEPTABLE_INTERESTING;
            default -> Expect.FORBIDDEN;
        };
    }

    private static boolean isJcstressTest(String className) {
        return load(className).isAnnotationPresent(JCStressTest.class);
    }

    private static Class<?> load(String className) {
        try {
            return Class.forName(className, false, JcstressDeclarationsTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new AssertionError("class not found: " + className, e);
        }
    }
}
