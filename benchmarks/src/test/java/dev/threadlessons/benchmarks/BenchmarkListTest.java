package dev.threadlessons.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.runner.BenchmarkList;
import org.openjdk.jmh.runner.BenchmarkListEntry;

/**
 * The benchmarks are wired: JMH's annotation processor ran at compile time and wrote the list that
 * {@code java -jar benchmarks.jar} reads, naming every benchmark with its thread count and
 * parameters, and the harness classes it names were compiled. Nothing here runs a benchmark.
 */
class BenchmarkListTest {

    private static List<BenchmarkListEntry> entries() throws IOException {
        try (InputStream list = BenchmarkListTest.class.getResourceAsStream(BenchmarkList.BENCHMARK_LIST)) {
            assertNotNull(list, BenchmarkList.BENCHMARK_LIST + " is missing: JMH's annotation processor did not run");
            return BenchmarkList.readBenchmarkList(list);
        }
    }

    private static Map<String, BenchmarkListEntry> entriesOf(Class<?> benchmarkClass) throws IOException {
        return entries().stream()
                .filter(entry -> entry.getUserClassQName().equals(benchmarkClass.getName()))
                .collect(Collectors.toMap(BenchmarkListEntry::getUsername, entry -> entry, (a, b) -> a, TreeMap::new));
    }

    @ParameterizedTest
    @ValueSource(classes = {CounterBenchmark.class, ReadMostlyBenchmark.class, ThreadStartBenchmark.class})
    void benchmarkListNamesEveryBenchmarkMethodOfTheClass(Class<?> benchmarkClass) throws IOException {
        Set<String> declared = Arrays.stream(benchmarkClass.getDeclaredMethods())
                .filter(method -> method.isAnnotationPresent(Benchmark.class))
                .map(Method::getName)
                .map(name -> benchmarkClass.getName() + "." + name)
                .collect(Collectors.toSet());

        assertFalse(declared.isEmpty(), benchmarkClass + " declares no benchmark");
        assertEquals(declared, entriesOf(benchmarkClass).keySet());
    }

    @Test
    void benchmarkListHoldsNoBenchmarkOfAnyOtherClass() throws IOException {
        Set<String> classes = entries().stream().map(BenchmarkListEntry::getUserClassQName).collect(Collectors.toSet());

        assertEquals(Set.of(CounterBenchmark.class.getName(), ReadMostlyBenchmark.class.getName(),
                ThreadStartBenchmark.class.getName()), classes);
    }

    @ParameterizedTest
    @ValueSource(classes = {CounterBenchmark.class, ReadMostlyBenchmark.class})
    void contendedBenchmarksRunOnOneTwoAndFourThreads(Class<?> benchmarkClass) throws IOException {
        Map<String, Integer> threads = new TreeMap<>();
        entriesOf(benchmarkClass).forEach((name, entry) -> threads.put(name, entry.getThreads().get()));

        String prefix = benchmarkClass.getName() + ".";
        assertEquals(Map.of(prefix + "threads1", 1, prefix + "threads2", 2, prefix + "threads4", 4), threads);
    }

    @Test
    void threadStartBenchmarksRunOnOneThread() throws IOException {
        entriesOf(ThreadStartBenchmark.class).forEach((name, entry) ->
                assertEquals(1, entry.getThreads().get(), name));
    }

    @Test
    void counterBenchmarkTriesEveryCounterKind() throws IOException {
        for (BenchmarkListEntry entry : entriesOf(CounterBenchmark.class).values()) {
            List<String> values = Arrays.asList(entry.getParams().get().get("counter"));

            assertEquals(Arrays.stream(CounterKind.values()).map(Enum::name).toList(), values, entry.getUsername());
        }
    }

    @Test
    void readMostlyBenchmarkTriesEveryLockWithEveryKindOfReadAndBothMixes() throws IOException {
        for (BenchmarkListEntry entry : entriesOf(ReadMostlyBenchmark.class).values()) {
            Map<String, String[]> params = entry.getParams().get();

            assertEquals(Arrays.stream(RegistryKind.values()).map(Enum::name).toList(),
                    Arrays.asList(params.get("lock")), entry.getUsername());
            assertEquals(Arrays.stream(ReadKind.values()).map(Enum::name).toList(),
                    Arrays.asList(params.get("read")), entry.getUsername());
            assertEquals(List.of("10", "1000"), Arrays.asList(params.get("writeEvery")), entry.getUsername());
        }
    }

    @Test
    void everyHarnessClassTheListNamesWasCompiled() throws IOException, ClassNotFoundException {
        for (BenchmarkListEntry entry : entries()) {
            String target = entry.generatedTarget();
            String harness = target.substring(0, target.lastIndexOf('.'));

            assertNotNull(Class.forName(harness), harness);
        }
    }
}
