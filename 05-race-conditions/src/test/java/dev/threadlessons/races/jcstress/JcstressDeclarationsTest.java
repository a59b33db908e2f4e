package dev.threadlessons.races.jcstress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
 * and each one declares exactly the outcomes, with exactly the verdicts, that the table in the
 * README's "Evidence: jcstress" lists for it. Change an {@code @Outcome} or the table alone, and
 * this test fails.
 */
class JcstressDeclarationsTest {

    /** The README's name for each scenario, as in the first column of its table. */
    private static final Map<String, Class<?>> SCENARIOS = Map.of(
            "lost update", LostUpdateJcstressTest.class,
            "check-then-act", CheckThenActJcstressTest.class,
            "stop flag, plain", StopFlagJcstressTest.class,
            "stop flag, `volatile`", VolatileStopFlagJcstressTest.class);

    private static final String TABLE_HEADER = "| scenario | outcome | samples | verdict |";
    private static final Pattern OUTCOME = Pattern.compile("`([^`]+)`");

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
        var checked = SCENARIOS.values().stream().map(Class::getSimpleName)
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(checked, annotated, "jcstress tests in the package vs. tests whose outcomes are checked");
    }

    @Test
    void eachTestDeclaresExactlyTheOutcomesTheReadmeTableLists() throws IOException {
        Map<Class<?>, Map<String, Expect>> listed = readmeTable();
        assertEquals(Set.copyOf(SCENARIOS.values()), listed.keySet(), "scenarios with a row in the README table");
        SCENARIOS.values().forEach(test -> {
            assertNotNull(test.getAnnotation(JCStressTest.class), test + " lacks @JCStressTest");
            assertNotNull(test.getAnnotation(State.class), test + " lacks @State");
            var declared = new TreeMap<String, Expect>();
            for (Outcome outcome : test.getAnnotationsByType(Outcome.class)) {
                Arrays.stream(outcome.id()).forEach(id -> declared.put(id, outcome.expect()));
            }
            assertEquals(listed.get(test), declared, test.getSimpleName() + ": README table vs @Outcome");
        });
    }

    /** The README's evidence table: for each scenario, each outcome and its verdict. */
    private static Map<Class<?>, Map<String, Expect>> readmeTable() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("README.md"));
        int header = lines.indexOf(TABLE_HEADER);
        assertTrue(header >= 0, "README.md has no line '" + TABLE_HEADER + "'");
        var table = new HashMap<Class<?>, Map<String, Expect>>();
        for (int i = header + 2; i < lines.size() && lines.get(i).startsWith("|"); i++) {
            String[] cells = lines.get(i).split("\\|");
            String scenario = cells[1].trim();
            Class<?> test = SCENARIOS.get(scenario);
            assertNotNull(test, "README table row for an unknown scenario: " + lines.get(i));
            Expect expect = verdict(cells[4].trim(), lines.get(i));
            Matcher ids = OUTCOME.matcher(cells[2]);
            while (ids.find()) {
                table.computeIfAbsent(test, t -> new TreeMap<>()).put(ids.group(1), expect);
            }
        }
        return table;
    }

    private static Expect verdict(String cell, String row) {
        if (cell.startsWith("acceptable")) {
            return Expect.ACCEPTABLE;
        }
        if (cell.startsWith("interesting")) {
            return Expect.ACCEPTABLE_INTERESTING;
        }
        if (cell.startsWith("forbidden")) {
            return Expect.FORBIDDEN;
        }
        throw new AssertionError("README table row with no verdict: " + row);
    }

    @Test
    void theAnnotationProcessorGeneratedARunnerForEachTest() {
        SCENARIOS.values().forEach(test -> assertNotNull(
                load(test.getName() + "_jcstress"), "no generated runner for " + test.getSimpleName()));
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
