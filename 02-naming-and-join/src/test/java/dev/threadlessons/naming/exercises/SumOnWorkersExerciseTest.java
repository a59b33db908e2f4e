package dev.threadlessons.naming.exercises;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import dev.threadlessons.testing.Exercise;
import dev.threadlessons.testing.TestThreads;

/**
 * Grades exercise 02-1, {@link SumOnWorkers#sum}: each part runs on its own thread named
 * {@code worker-N}; all of them are under way before any ends; and {@code sum} waits in
 * {@code join()} until every one has ended. The workers are held at a latch that the test opens,
 * so that each check holds on every run. Run it with
 * {@code mvn -pl 02-naming-and-join test -Pexercises}.
 */
@Tag(Exercise.TAG)
public class SumOnWorkersExerciseTest {

    /** Long enough for three threads to start on a busy machine; it only matters for a wrong answer. */
    private static final Duration ALL_STARTED_WITHIN = Duration.ofSeconds(5);

    private static SumOnWorkers summer() {
        return Exercise.create(SumOnWorkers.class, SumOnWorkers.class, new Class<?>[0]);
    }

    @Test
    void eachPartRunsOnAThreadOfItsOwnNamedWorkerN() throws Exception {
        var names = new String[3];

        long sum = summer().sum(List.of(named(1, names), named(2, names), named(3, names)));

        assertEquals(6, sum, "1 + 2 + 3");
        assertEquals(List.of("worker-1", "worker-2", "worker-3"), List.of(names),
                "each part must run on a thread of its own, named worker-1, worker-2, worker-3 in the order of the"
                        + " parts (a part that ran on the caller's thread shows its name instead: start(), not run())");
    }

    /** Part {@code n} returns {@code n} and writes the name of the thread it ran on in {@code names[n - 1]}. */
    private static LongSupplier named(int n, String[] names) {
        return () -> {
            names[n - 1] = Thread.currentThread().getName();
            return n;
        };
    }

    @Test
    void everyWorkerIsUnderWayBeforeAnyEndsAndSumWaitsForThemInJoin() throws Exception {
        var gate = new CountDownLatch(1);
        var arrived = new ConcurrentLinkedQueue<Thread>();
        LongSupplier held = () -> {
            arrived.add(Thread.currentThread());
            try {
                gate.await(TestThreads.PATIENCE.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return 10;
        };
        var caller = TestThreads.start("caller", () -> summer().sum(List.of(held, held, held)));
        try {
            try {
                await().atMost(ALL_STARTED_WITHIN).until(() -> arrived.size() == 3 || !caller.thread().isAlive());
            } catch (ConditionTimeoutException e) {
                fail("only " + arrived.size() + " of 3 workers were under way, and none may end before all three are:"
                        + " start every worker first, then join them (a join right after each start makes them run"
                        + " one after another)");
            }
            await().atMost(TestThreads.PATIENCE).until(() -> !caller.thread().isAlive()
                    || caller.thread().getState() == Thread.State.WAITING);
            if (!caller.thread().isAlive()) {
                fail("sum() ended (it returned or threw) while every worker was still working: it must wait for"
                        + " them with join()");
            }
            gate.countDown();
            assertEquals(30, caller.result(), "sum() must add up what the three workers computed: 3 x 10");
        } finally {
            gate.countDown();
            TestThreads.joinAll(List.of(caller.thread()));
            TestThreads.joinAll(List.copyOf(arrived));
        }
    }
}
