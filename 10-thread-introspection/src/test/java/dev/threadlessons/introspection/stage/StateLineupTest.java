package dev.threadlessons.introspection.stage;

import static dev.threadlessons.testing.TestThreads.PATIENCE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.threadlessons.util.ThreadListing;

import dev.threadlessons.introspection.SemaphoreDescription;

/** StateLineup brings each named thread to its state, keeps it there, and lets it go. */
class StateLineupTest {

    @Test
    void startBringsEachNamedThreadToItsStateAsTheListingShows() throws InterruptedException {
        var lineup = new StateLineup(2, PATIENCE);
        try {
            lineup.start();

            var expected = lineup.expectedStates();
            assertEquals(List.of(StateLineup.BUSY, StateLineup.SLEEPER, StateLineup.WAITER,
                            StateLineup.HOLDER, StateLineup.BLOCKED, "permit-waiter-1", "permit-waiter-2"),
                    expected.keySet().stream().map(Thread::getName).toList());
            var rows = ThreadListing.snapshot();
            expected.forEach((thread, state) -> {
                var row = rows.stream().filter(r -> r.id() == thread.getId()).findFirst().orElseThrow();
                assertEquals(thread.getName(), row.name());
                assertEquals(state, row.state(), thread.getName());
            });
            assertEquals(Thread.State.RUNNABLE, state(lineup, StateLineup.BUSY));
            assertEquals(Thread.State.TIMED_WAITING, state(lineup, StateLineup.SLEEPER));
            assertEquals(Thread.State.WAITING, state(lineup, StateLineup.WAITER));
            assertEquals(Thread.State.BLOCKED, state(lineup, StateLineup.BLOCKED));
        } finally {
            lineup.releaseAndJoin();
        }
    }

    @Test
    void theBlockedWorkerIsReportedWaitingForTheMonitorThatMonitorHolderOwns()
            throws InterruptedException {
        var lineup = new StateLineup(1, PATIENCE);
        try {
            lineup.start();

            var holder = lineup.thread(StateLineup.HOLDER).orElseThrow();
            var row = ThreadListing.of(lineup.thread(StateLineup.BLOCKED).orElseThrow());
            assertEquals(Thread.State.BLOCKED, row.state());
            assertTrue(row.lockName().startsWith("java.lang.Object@"), row.lockName());
            assertEquals(StateLineup.HOLDER, row.lockOwner());
            assertEquals(holder.getId(), row.lockOwnerId());
        } finally {
            lineup.releaseAndJoin();
        }
    }

    @Test
    void everyPermitWaiterIsQueuedOnTheSemaphoreUntilReleased() throws InterruptedException {
        var lineup = new StateLineup(3, PATIENCE);
        try {
            lineup.start();

            assertEquals(new SemaphoreDescription(0, 3, true, false),
                    SemaphoreDescription.of(lineup.semaphore()));
        } finally {
            lineup.releaseAndJoin();
        }
        assertEquals(new SemaphoreDescription(1, 0, false, false),
                SemaphoreDescription.of(lineup.semaphore()), "the one permit came back after use");
    }

    @Test
    void releaseAndJoinEndsEveryThreadAndStopsTheLoopOnRequest() throws InterruptedException {
        var lineup = new StateLineup(2, PATIENCE);
        try {
            lineup.start();
        } finally {
            lineup.releaseAndJoin();
        }
        lineup.expectedStates().keySet().forEach(thread ->
                assertEquals(Thread.State.TERMINATED, thread.getState(), thread.getName()));
        assertFalse(lineup.busyLoop().hitLimit(), "the loop ended because it was told to");
    }

    @Test
    void releaseAndJoinBeforeStartHasNothingToJoin() throws InterruptedException {
        var lineup = new StateLineup(1, PATIENCE);
        lineup.releaseAndJoin();
        lineup.releaseAndJoin();
        assertTrue(lineup.expectedStates().isEmpty());
    }

    @Test
    void aLineupStartsOnlyOnce() throws InterruptedException {
        var lineup = new StateLineup(1, PATIENCE);
        try {
            lineup.start();
            var e = assertThrows(IllegalStateException.class, lineup::start);
            assertEquals("the lineup has already been started", e.getMessage());
        } finally {
            lineup.releaseAndJoin();
        }
    }

    @Test
    void aLineupNeedsAPermitWaiterAndAPositiveTimeout() {
        var noWaiter = assertThrows(IllegalArgumentException.class, () -> new StateLineup(0, PATIENCE));
        assertEquals("permitWaiters must be at least 1; was 0", noWaiter.getMessage());
        var noTime = assertThrows(IllegalArgumentException.class,
                () -> new StateLineup(1, Duration.ZERO));
        assertEquals("timeout must be positive: PT0S", noTime.getMessage());
    }

    private static Thread.State state(StateLineup lineup, String name) {
        return lineup.thread(name).orElseThrow().getState();
    }
}
