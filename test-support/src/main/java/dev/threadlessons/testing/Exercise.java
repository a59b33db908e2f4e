package dev.threadlessons.testing;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.ArrayList;
import java.util.List;

import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;

/**
 * What a lesson's exercises share. An exercise is a class in the lesson's {@code exercises}
 * package with its central piece missing (a {@code TODO}); a grading test, tagged
 * {@value #TAG}, grades it: {@code mvn -pl 06-locks test -Pexercises} runs the grading tests of
 * that lesson, and the default build leaves them out, since they fail on the exercises as shipped.
 *
 * <p>A grading test asks {@link #implementation(Class)} which class to grade: the learner's, unless
 * a check names another. {@link #assertGrades} is that check, run by CI
 * ({@code -Pexercise-check}): the grading test must fail on the exercise as shipped and on every
 * classic wrong answer, and pass on a reference solution, all of them kept as test fixtures.
 *
 * <p>Thread-safety: {@link #assertGrades} sets a system property while it runs the grading test;
 * run checks one at a time (the project's tests run on one thread).
 */
public final class Exercise {

    /** The JUnit tag of every grading test. */
    public static final String TAG = "exercise";
    /** The JUnit tag of the checks that grade the grading tests. */
    public static final String CHECK_TAG = "exercise-check";
    private static final String PROPERTY_PREFIX = "threadlessons.exercise.";

    private Exercise() {
    }

    /** The class a grading test grades for the learner's {@code exercise}: that one, unless a check names another. */
    public static Class<?> implementation(Class<?> exercise) {
        String name = System.getProperty(PROPERTY_PREFIX + exercise.getName());
        if (name == null) {
            return exercise;
        }
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("no class " + name + " to grade in place of " + exercise.getName(), e);
        }
    }

    /**
     * A new instance of {@link #implementation(Class) the class graded} for {@code exercise}, made
     * with its constructor taking {@code parameterTypes}, seen as a {@code type}.
     */
    public static <T> T create(Class<T> type, Class<? extends T> exercise, Class<?>[] parameterTypes, Object... args) {
        Class<?> graded = implementation(exercise);
        try {
            return type.cast(graded.getDeclaredConstructor(parameterTypes).newInstance(args));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot make a " + graded.getName(), e);
        }
    }

    /**
     * Fails unless {@code gradingTest} fails on {@code exercise} as shipped and on every one of
     * {@code wrongAnswers}, and passes on {@code reference}.
     */
    public static void assertGrades(Class<?> gradingTest, Class<?> exercise, Class<?> reference,
            Class<?>... wrongAnswers) {
        var problems = new ArrayList<String>();
        var shouldFail = new ArrayList<Class<?>>(List.of(exercise));
        shouldFail.addAll(List.of(wrongAnswers));
        for (Class<?> candidate : shouldFail) {
            Events tests = run(gradingTest, exercise, candidate);
            if (tests.failed().count() == 0) {
                problems.add(gradingTest.getSimpleName() + " passed on " + candidate.getName()
                        + ", which it must fail (" + tests.succeeded().count() + " tests passed)");
            }
        }
        Events tests = run(gradingTest, exercise, reference);
        if (tests.failed().count() > 0 || tests.succeeded().count() == 0) {
            problems.add(gradingTest.getSimpleName() + " failed on the reference " + reference.getName() + ": "
                    + tests.failed().stream().map(event -> event.getTestDescriptor().getDisplayName()).toList());
        }
        if (!problems.isEmpty()) {
            throw new AssertionError(String.join("\n", problems));
        }
    }

    private static Events run(Class<?> gradingTest, Class<?> exercise, Class<?> candidate) {
        String key = PROPERTY_PREFIX + exercise.getName();
        System.setProperty(key, candidate.getName());
        try {
            return EngineTestKit.engine("junit-jupiter").selectors(selectClass(gradingTest)).execute().testEvents();
        } finally {
            System.clearProperty(key);
        }
    }
}
