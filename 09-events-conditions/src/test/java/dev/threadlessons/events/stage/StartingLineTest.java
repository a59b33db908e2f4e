package dev.threadlessons.events.stage;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import dev.threadlessons.testing.TestThreads;
import dev.threadlessons.testing.TestThreads.Started;
import dev.threadlessons.testing.ThreadWaits;

class StartingLineTest {

    @Test
    void oneSetReleasesEveryRunnerAndEveryRunnerWaitedForIt() throws InterruptedException {
        var line = new StartingLine();

        var starts = line.race(5, Duration.ZERO);

        assertEquals(Set.of("runner-1", "runner-2", "runner-3", "runner-4", "runner-5"),
                starts.stream().map(StartingLine.Start::runner).collect(Collectors.toSet()));
        // Every runner reached the line before the signal: it waited longer than it took to go.
        starts.forEach(start -> assertTrue(start.waited().compareTo(start.afterSignal()) > 0, start.toString()));
        assertTrue(line.event().isSet());
    }

    @Test
    void aLateRunnerGivesUpOnAClearedEvent() throws InterruptedException {
        var line = new StartingLine();
        line.event().set();

        assertFalse(line.lateRunner(Duration.ofMillis(50)));
        assertFalse(line.event().isSet());
    }

    @Test
    void theRaceSetsTheEventOnlyOnceEveryRunnerWaitsOnIt() throws Exception {
        var lock = new WatchedLock();
        var line = new StartingLine(lock);
        Started<List<StartingLine.Start>> race;
        lock.lock();
        try {
            // While this thread holds the event's lock, no runner can begin to wait on the event.
            race = TestThreads.start("race", () -> line.race(3, Duration.ZERO));
            await().atMost(TestThreads.PATIENCE).until(() -> ThreadWaits.parkedOn("Semaphore", race.thread())
                    || ThreadWaits.parkedOn("ReentrantLock", race.thread()));
            assertTrue(ThreadWaits.parkedOn("Semaphore", race.thread()),
                    "the race must wait for its runners to wait, not go on to set(): " + ThreadWaits.lockName(race.thread()));
            assertFalse(line.event().isSet());
        } finally {
            lock.unlock();
        }

        assertEquals(3, race.result().size());
        assertTrue(line.event().isSet());
    }
}
