package dev.threadlessons.testing;

import java.util.ArrayList;
import java.util.List;

import org.jetbrains.lincheck.datastructures.ModelCheckingOptions;
import org.slf4j.LoggerFactory;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;

/**
 * Lincheck's model checker, with options small enough for every build, and its report read back.
 *
 * <p>A model-checking test is a public class whose {@code @Operation} methods call one shared
 * object (a field, created anew by Lincheck for every run through the class's no-argument
 * constructor). Lincheck generates small scenarios of those operations on two threads, runs each
 * scenario under many schedules of its own choosing, switching threads at every read, write and
 * lock of shared state, and compares every outcome with some order in which the operations could
 * have run one at a time. An object that always matches such an order is <em>linearizable</em>.
 * When one outcome matches no order, Lincheck fails with the scenario, the outcome and the exact
 * interleaving that produced it, switch by switch.
 *
 * <p>What it cannot see: the model checker assumes sequential consistency (every thread sees
 * every write at once, in program order), so it finds atomicity bugs such as a lost update or a
 * check-then-act, never a visibility or reordering bug; jcstress, which runs on the real JVM and
 * hardware, finds those (Lincheck's documentation, "Testing strategies: model checking").
 *
 * <pre>{@code
 * ModelCheck.assertLinearizable(LockedCounterModelCheckTest.class);
 * ModelCheck.Report report = ModelCheck.assertNotLinearizable(UnsafeCounterModelCheckTest.class);
 * report.assertInterleavingShows("count ➜ 0", "switch", "count = 1");
 * }</pre>
 *
 * <p>Lincheck's defaults (100 scenarios, 10,000 schedules each) ran for over ten minutes on one
 * small class on two cores; {@link #SCENARIOS} and {@link #SCHEDULES_PER_SCENARIO} keep every
 * check to seconds and still found every bug the lessons plant (their tests prove it).
 *
 * <p>Thread-safety: stateless. Needs {@code org.jetbrains.lincheck:lincheck} on the test
 * classpath: this module declares it optional, so a lesson that model-checks declares it too.
 */
public final class ModelCheck {

    /** Scenarios generated per check. */
    public static final int SCENARIOS = 10;
    /** Schedules tried for each scenario. */
    public static final int SCHEDULES_PER_SCENARIO = 100;

    private static final String INTERLEAVING = "The following interleaving leads to the error:";

    private ModelCheck() {
    }

    /** The bounded options every lesson uses: two threads, at most three operations each. */
    public static ModelCheckingOptions options() {
        return new ModelCheckingOptions()
                .iterations(SCENARIOS)
                .invocationsPerIteration(SCHEDULES_PER_SCENARIO)
                .threads(2)
                .actorsPerThread(3)
                .actorsBefore(2)
                .actorsAfter(2);
    }

    /** Fails, with Lincheck's report, unless every schedule tried matched a one-at-a-time order. */
    public static void assertLinearizable(Class<?> operations) {
        quietly(() -> options().check(operations));
    }

    /** Same, with a sequential model other than the class itself (see Lincheck's {@code sequentialSpecification}). */
    public static void assertLinearizable(Class<?> operations, Class<?> sequentialModel) {
        quietly(() -> options().sequentialSpecification(sequentialModel).check(operations));
    }

    /** Fails unless Lincheck finds an outcome no one-at-a-time order gives; returns its report. */
    public static Report assertNotLinearizable(Class<?> operations) {
        try {
            quietly(() -> options().check(operations));
        } catch (AssertionError found) {
            return new Report(String.valueOf(found.getMessage()));
        }
        throw new AssertionError(operations.getSimpleName() + ": Lincheck tried " + SCENARIOS + " scenarios x "
                + SCHEDULES_PER_SCENARIO + " schedules and found every outcome linearizable; the bug it should find is gone");
    }

    /**
     * Runs {@code check} with the lessons' INFO lines switched off. The model checker would
     * otherwise step through Logback's own code at every log call, which costs seconds and fills
     * the interleaving it prints with Logback's internals instead of the lesson's steps.
     */
    private static void quietly(Runnable check) {
        Logger lessons = (Logger) LoggerFactory.getLogger("dev.threadlessons");
        Level before = lessons.getLevel();
        lessons.setLevel(Level.WARN);
        try {
            check.run();
        } finally {
            lessons.setLevel(before);
        }
    }

    /**
     * What Lincheck printed when it found a bug.
     *
     * @param text the whole report: the scenario, the outcome, the interleaving and a detailed trace
     */
    public record Report(String text) {

        /** The short interleaving: one step per line, without the table's borders. */
        public List<String> interleaving() {
            int start = text.indexOf(INTERLEAVING);
            if (start < 0) {
                return List.of();
            }
            int end = text.indexOf("Detailed trace:", start);
            var steps = new ArrayList<String>();
            for (String row : text.substring(start, end < 0 ? text.length() : end).split("\n")) {
                if (!row.startsWith("|") || row.startsWith("| -")) {
                    continue;
                }
                for (String cell : row.substring(1).split("\\|")) {
                    if (!cell.isBlank()) {
                        steps.add(cell.strip());
                    }
                }
            }
            return steps;
        }

        /** Fails unless the interleaving holds these steps in this order (others may come between). */
        public void assertInterleavingShows(String... stepsInOrder) {
            List<String> steps = interleaving();
            int at = 0;
            for (String wanted : stepsInOrder) {
                while (at < steps.size() && !steps.get(at).equals(wanted)) {
                    at++;
                }
                if (at == steps.size()) {
                    throw new AssertionError("Lincheck's interleaving does not show " + List.of(stepsInOrder)
                            + " in this order; missing from '" + wanted + "' on.\n" + text);
                }
                at++;
            }
        }

        @Override
        public String toString() {
            return text;
        }
    }
}
