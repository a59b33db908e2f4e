package dev.threadlessons.virtualthreads;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.threadlessons.util.Durations;
import dev.threadlessons.util.Timeline;

class SleepingTasksTest {

    private static final Duration SLEEP = Duration.ofMillis(100);

    @Test
    void tenThousandSleepsOfOneHundredMillisecondsOnVirtualThreadsOverlapFarBeyondAnyPool() {
        var outcome = SleepingTasks.onVirtualThreads(10_000, SLEEP, new Timeline());
        assertEquals(10_000, outcome.ranExactlyOnce());
        assertEquals(10_000, outcome.onVirtualThreads());
        // A sleep never ends early, so one sleep is the floor. In sequence they would take 1000 s;
        // under a twentieth of that (50 s) needs at least 20 sleeps at a time, which no busy
        // machine takes from 10,000 virtual threads. The demo prints the real figure.
        assertTrue(outcome.elapsed().compareTo(SLEEP) >= 0, "took " + Durations.format(outcome.elapsed()));
        assertTrue(outcome.elapsed().compareTo(SLEEP.multipliedBy(10_000 / 20)) < 0,
                "took " + Durations.format(outcome.elapsed()));
    }

    @Test
    void tenThousandVirtualThreadsCanAllBeBlockedAtOnceOnAFewPlatformThreads() throws InterruptedException {
        // No timing: every thread counts itself in and then blocks until all have, so when the
        // count is complete all 10,000 are alive and blocked together.
        int threads = 10_000;
        var arrived = new CountDownLatch(threads);
        var go = new CountDownLatch(1);
        int platformWhileBlocked;
        try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < threads; i++) {
                executor.submit(() -> {
                    arrived.countDown();
                    go.await();
                    return null;
                });
            }
            try {
                assertTrue(arrived.await(30, TimeUnit.SECONDS), "not all threads arrived");
                platformWhileBlocked = ManagementFactory.getThreadMXBean().getThreadCount();
            } finally {
                go.countDown();
            }
        }
        // ThreadMXBean counts platform threads only: the JVM's, JUnit's, and one carrier per core;
        // under a tenth of the virtual threads on any machine.
        assertTrue(platformWhileBlocked < 1000, "platform threads alive: " + platformWhileBlocked);
    }

    @Test
    void everyTaskRunsOnItsOwnVirtualThreadAndTheTimelineSamplesOneInEvery125() {
        var timeline = new Timeline();
        var outcome = SleepingTasks.onVirtualThreads(1_000, Duration.ofMillis(1), timeline);
        assertEquals(1_000, outcome.onVirtualThreads());
        assertEquals(Set.of("task-1", "task-126", "task-251", "task-376", "task-501", "task-626", "task-751",
                "task-876"), tasksOf(timeline));
        // The executor names each thread as it makes it, one per task, in the order of the tasks.
        for (var span : timeline.spans()) {
            assertEquals(span.task().replace("task-", "virtual-"), span.thread(), span::toString);
        }
    }

    @ParameterizedTest(name = "{0} tasks: one in every {1}, {2} on the timeline")
    @CsvSource({"1, 1, 1", "8, 1, 8", "9, 2, 5", "16, 2, 8", "17, 3, 6", "1000, 125, 8", "10000, 1250, 8"})
    void theTimelineSamplesAtMostEightTasksSpreadOverTheRun(int tasks, int every, int sampled) {
        assertEquals(every, SleepingTasks.sampleEvery(tasks));
        assertEquals(sampled, SleepingTasks.sampled(tasks));
        var timeline = new Timeline();
        SleepingTasks.onVirtualThreads(tasks, Duration.ZERO, timeline);
        assertEquals(sampled, timeline.spans().size(), timeline::toString);
        assertTrue(sampled <= SleepingTasks.RECORDED);
    }

    @Test
    void thousandsOfVirtualThreadsNeedOnlyAFewPlatformThreads() {
        var outcome = SleepingTasks.onVirtualThreads(5_000, SLEEP, new Timeline());
        assertTrue(outcome.peakPlatformThreads() < 500,
                "peak platform threads " + outcome.peakPlatformThreads());
    }

    @Test
    void aPlatformPoolRunsEveryTaskOnceOnItsOwnThreadsAndNeverMoreAtOnceThanItsSize() {
        var timeline = new Timeline();
        var outcome = SleepingTasks.onPlatformPool(40, Duration.ofMillis(1), 4, timeline);
        assertEquals(40, outcome.ranExactlyOnce());
        assertEquals(0, outcome.onVirtualThreads());
        assertTrue(Set.of("platform-1", "platform-2", "platform-3", "platform-4")
                .containsAll(threadsOf(timeline)), "threads used: " + threadsOf(timeline));
    }

    @Test
    void aPlatformPoolTakesAWaveOfSleepsPerPoolfulOfTasks() {
        var outcome = SleepingTasks.onPlatformPool(8, SLEEP, 2, new Timeline());
        assertEquals(8, outcome.ranExactlyOnce());
        assertTrue(outcome.elapsed().compareTo(SLEEP.multipliedBy(4)) >= 0,
                "four waves of two cannot take less than four sleeps; took "
                        + Durations.format(outcome.elapsed()));
    }

    @Test
    void rejectsARunWithoutTasks() {
        var failure = assertThrows(IllegalArgumentException.class,
                () -> SleepingTasks.onVirtualThreads(0, SLEEP, new Timeline()));
        assertEquals("need at least 1 task and a sleep of 0 or more, was 0 and PT0.1S", failure.getMessage());
    }

    @Test
    void oneTaskIsEnoughAndTheTimelineNamesEveryTaskOnceFromOne() {
        var one = new Timeline();
        assertEquals(1, SleepingTasks.onVirtualThreads(1, Duration.ZERO, one).ranExactlyOnce());
        assertEquals(Set.of("task-1"), tasksOf(one));

        var three = new Timeline();
        SleepingTasks.onVirtualThreads(3, Duration.ofMillis(1), three);
        assertEquals(Set.of("task-1", "task-2", "task-3"), tasksOf(three), "no fourth task, none named task-0");
        assertEquals(3, three.spans().size());
    }

    private static Set<String> tasksOf(Timeline timeline) {
        return timeline.spans().stream().map(Timeline.Span::task).collect(Collectors.toSet());
    }

    private static Set<String> threadsOf(Timeline timeline) {
        return timeline.spans().stream().map(Timeline.Span::thread).collect(Collectors.toSet());
    }
}
