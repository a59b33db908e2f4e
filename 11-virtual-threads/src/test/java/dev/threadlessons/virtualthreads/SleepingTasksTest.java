package dev.threadlessons.virtualthreads;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.threadlessons.util.Durations;
import dev.threadlessons.util.Timeline;

class SleepingTasksTest {

    private static final Duration SLEEP = Duration.ofMillis(100);

    @BeforeAll
    static void startTheSchedulerBeforeTheLeakCheckerLooks() throws InterruptedException {
        WarmScheduler.warmUp();
    }

    @Test
    void tenThousandSleepsOfOneHundredMillisecondsOnVirtualThreadsTakeSecondsNotMinutes() {
        var outcome = SleepingTasks.onVirtualThreads(10_000, SLEEP, new Timeline());
        assertEquals(10_000, outcome.ranExactlyOnce());
        // In sequence they would take 1000 s; a wide margin, since the machine may be busy.
        assertTrue(outcome.elapsed().compareTo(Duration.ofSeconds(5)) < 0,
                "took " + Durations.format(outcome.elapsed()));
    }

    @Test
    void everyTaskRunsOnItsOwnVirtualThread() {
        var timeline = new Timeline();
        var outcome = SleepingTasks.onVirtualThreads(1_000, Duration.ofMillis(1), timeline);
        assertEquals(1_000, outcome.onVirtualThreads());
        assertEquals(Set.of("virtual-1", "virtual-2", "virtual-3", "virtual-4", "virtual-5",
                "virtual-6", "virtual-7", "virtual-8"), threadsOf(timeline));
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

    private static Set<String> threadsOf(Timeline timeline) {
        return timeline.spans().stream().map(Timeline.Span::thread).collect(Collectors.toSet());
    }
}
