package dev.threadlessons.speedup.exercises;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;

import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import dev.threadlessons.testing.Exercise;

/**
 * Grades exercise 04-1, {@link PoolSum#sum}: the parts run on threads other than the caller's and
 * their results add up; and once {@code sum} returns, or throws because a part failed, every
 * thread that ran a part ends. Run it with {@code mvn -pl 04-concurrency-speedup test -Pexercises}.
 */
@Tag(Exercise.TAG)
public class PoolSumExerciseTest {

    /** How long the pool's threads may take to end once shut down; they end at once if it is. */
    private static final Duration ENDS_WITHIN = Duration.ofSeconds(5);

    private static PoolSum poolSum() {
        return Exercise.create(PoolSum.class, PoolSum.class, new Class<?>[0]);
    }

    /** A part that returns {@code value}, noting the thread it ran on. */
    private static Callable<Long> part(long value, Set<Thread> ranOn) {
        return () -> {
            ranOn.add(Thread.currentThread());
            return value;
        };
    }

    @Test
    void thePartsRunOnThePoolAndItsThreadsEndOnceTheSumIsIn() throws Exception {
        Set<Thread> ranOn = ConcurrentHashMap.newKeySet();

        long sum = poolSum().sum(List.of(part(1, ranOn), part(2, ranOn), part(3, ranOn), part(4, ranOn)), 2);

        assertEquals(10, sum, "1 + 2 + 3 + 4");
        assertFalse(ranOn.contains(Thread.currentThread()), "the parts must run on the pool's threads, not the caller's");
        allEnd(ranOn, "after sum() returned");
    }

    @Test
    void whenAPartFailsTheFailureReachesTheCallerAndThePoolsThreadsEndAllTheSame() {
        Set<Thread> ranOn = ConcurrentHashMap.newKeySet();
        Callable<Long> failing = () -> {
            ranOn.add(Thread.currentThread());
            throw new IllegalStateException("this part failed");
        };

        assertThrows(ExecutionException.class, () -> poolSum().sum(List.of(part(1, ranOn), failing), 2),
                "a part that throws must make sum() throw ExecutionException, as Future.get() does");
        allEnd(ranOn, "after sum() threw");
    }

    private static void allEnd(Set<Thread> threads, String when) {
        try {
            await().atMost(ENDS_WITHIN).until(() -> threads.stream().noneMatch(Thread::isAlive));
        } catch (ConditionTimeoutException e) {
            fail("the pool's threads were still alive " + ENDS_WITHIN.toSeconds() + " s " + when
                    + ": shut the pool down, in a finally so that a failing part cannot skip it");
        }
    }
}
