package dev.threadlessons.locks.jcstress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.openjdk.jcstress.annotations.Expect;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;

/**
 * Keeps the jcstress tests from rotting without running them (that takes minutes; the
 * {@code jcstress} profile does it): they compile, jcstress's annotation processor accepted them,
 * and each one declares exactly the outcomes written below ("2" acceptable, "1" forbidden, nothing
 * else), the ones the README's jcstress section explains. It reads the annotations, not the README.
 */
class JcstressDeclarationsTest {

    /** Each counter tested here is thread-safe: only "2" may come out, never "1". */
    private static final Map<String, Expect> GUARDED = Map.of(
            "2", Expect.ACCEPTABLE,
            "1", Expect.FORBIDDEN);

    private static final Map<Class<?>, Map<String, Expect>> DECLARED = Map.of(
            SynchronizedCounterJcstressTest.class, GUARDED,
            AtomicCounterJcstressTest.class, GUARDED,
            LockedCounterJcstressTest.class, GUARDED,
            SynchronizedBlockCounterJcstressTest.class, GUARDED,
            LongAdderCounterJcstressTest.class, GUARDED);

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
        var checked = DECLARED.keySet().stream().map(Class::getSimpleName)
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(checked, annotated, "jcstress tests in the package vs. tests whose outcomes are checked");
    }

    @Test
    void eachTestDeclaresExactlyTheOutcomesTheReadmeDescribes() {
        DECLARED.forEach((test, expected) -> {
            assertNotNull(test.getAnnotation(JCStressTest.class), test + " lacks @JCStressTest");
            assertNotNull(test.getAnnotation(State.class), test + " lacks @State");
            var declared = new TreeMap<String, Expect>();
            for (Outcome outcome : test.getAnnotationsByType(Outcome.class)) {
                Arrays.stream(outcome.id()).forEach(id -> declared.put(id, outcome.expect()));
            }
            assertEquals(new TreeMap<>(expected), declared, test.getSimpleName() + " outcomes");
        });
    }

    @Test
    void theAnnotationProcessorGeneratedARunnerForEachTest() {
        DECLARED.keySet().forEach(test -> assertNotNull(
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
