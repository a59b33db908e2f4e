package dev.threadlessons.events;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.threadlessons.testing.TestThreads;
import dev.threadlessons.testing.TestThreads.Started;
import dev.threadlessons.testing.ThreadWaits;

class EventTest {

    @Test
    void startsUnsetAndSetAndClearMoveTheFlag() {
        var event = new Event();
        assertFalse(event.isSet());

        event.set();
        event.set();
        assertTrue(event.isSet(), "setting twice keeps it set");

        event.clear();
        assertFalse(event.isSet());
    }

    @Test
    void awaitReturnsAtOnceWhenTheFlagIsAlreadySet() throws InterruptedException {
        var event = new Event();
        event.set();

        event.await();
        assertTrue(event.await(0, TimeUnit.SECONDS));
        assertTrue(event.await(-1, TimeUnit.SECONDS));
    }

    @Test
    void oneSetReleasesEveryWaiter() throws Exception {
        var event = new Event();
        var waiters = startWaiters(event, 4, 3);
        var threads = threadsOf(waiters);
        try {
            ThreadWaits.untilParkedOn("ConditionObject", threads);
            waiters.forEach(waiter -> assertFalse(waiter.outcome().isDone()));

            event.set();

            for (var waiter : waiters) {
                assertTrue(waiter.outcome().get(10, TimeUnit.SECONDS), waiter.thread().getName());
            }
        } finally {
            TestThreads.joinAll(threads);
        }
    }

    @Test
    void setFollowedAtOnceByClearStillReleasesEveryWaiterWithSuccess() throws Exception {
        var lock = new ReentrantLock();
        var event = new Event(lock);
        var waiters = startWaiters(event, 4, 4);
        var threads = threadsOf(waiters);
        try {
            ThreadWaits.untilParkedOn("ConditionObject", threads);

            // Holding the event's lock across both calls, no woken waiter can run in between: every
            // one of them finds the flag cleared again, and must still report the set it missed.
            lock.lock();
            try {
                event.set();
                event.clear();
            } finally {
                lock.unlock();
            }

            for (var waiter : waiters) {
                assertTrue(waiter.outcome().get(10, TimeUnit.SECONDS), waiter.thread().getName());
            }
            assertFalse(event.isSet());
        } finally {
            TestThreads.joinAll(threads);
        }
    }

    @Test
    void timedAwaitReturnsFalseAfterAtLeastTheTimeoutWhenNobodySets() throws InterruptedException {
        var event = new Event();

        long start = System.nanoTime();
        boolean set = event.await(200, TimeUnit.MILLISECONDS);
        var waited = Duration.ofNanos(System.nanoTime() - start);

        assertFalse(set);
        // Only a lower bound: a busy machine may wake the waiter late, never early.
        assertTrue(waited.compareTo(Duration.ofMillis(200)) >= 0, "gave up too early: " + waited);
    }

    @Test
    void timedAwaitReturnsTrueWhenTheEventIsSetMeanwhile() throws Exception {
        var event = new Event();
        Started<Boolean> waiter = TestThreads.start("waiter", () -> event.await(60, TimeUnit.SECONDS));
        try {
            ThreadWaits.untilParkedOn("ConditionObject", List.of(waiter.thread()));

            event.set();

            assertTrue(waiter.outcome().get(10, TimeUnit.SECONDS));
        } finally {
            TestThreads.joinAll(List.of(waiter.thread()));
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {0, -1, Long.MIN_VALUE})
    void aNonPositiveTimeoutOnlyLooksAtTheFlag(long timeout) throws InterruptedException {
        var event = new Event();

        assertFalse(event.await(timeout, TimeUnit.MILLISECONDS));
        event.set();
        assertTrue(event.await(timeout, TimeUnit.MILLISECONDS));
    }

    @Test
    void clearMakesLaterWaitersBlockAgain() throws Exception {
        var event = new Event();
        event.set();
        event.clear();
        Started<Boolean> waiter = TestThreads.start("waiter", () -> {
            event.await();
            return true;
        });
        try {
            ThreadWaits.untilParkedOn("ConditionObject", List.of(waiter.thread()));
            assertFalse(waiter.outcome().isDone(), "a cleared event must make the waiter wait");

            event.set();

            assertTrue(waiter.outcome().get(10, TimeUnit.SECONDS));
        } finally {
            TestThreads.joinAll(List.of(waiter.thread()));
        }
    }

    @Test
    void interruptingAWaiterEndsItsWaitWithInterruptedException() throws Exception {
        var event = new Event();
        Started<Boolean> waiter = TestThreads.start("waiter", () -> {
            event.await();
            return true;
        });
        try {
            ThreadWaits.untilParkedOn("ConditionObject", List.of(waiter.thread()));

            waiter.thread().interrupt();

            var failure = assertThrows(ExecutionException.class, () -> waiter.outcome().get(10, TimeUnit.SECONDS));
            assertInstanceOf(InterruptedException.class, failure.getCause());
            assertFalse(event.isSet());
        } finally {
            TestThreads.joinAll(List.of(waiter.thread()));
        }
    }

    @Test
    void anInterruptThatComesAfterTheSetLetsTheWaiterGoAndKeepsItsInterruptStatus() throws Exception {
        var lock = new ReentrantLock();
        var event = new Event(lock);
        Started<Boolean> waiter = TestThreads.start("waiter", () -> {
            event.await();
            return Thread.currentThread().isInterrupted();
        });
        try {
            ThreadWaits.untilParkedOn("ConditionObject", waiter.thread());

            lock.lock();
            try {
                event.set();                      // the waiter is signalled first...
                waiter.thread().interrupt();      // ...then interrupted, before it can run
            } finally {
                lock.unlock();
            }

            assertTrue(waiter.outcome().get(10, TimeUnit.SECONDS), "await returned, with the interrupt kept");
        } finally {
            TestThreads.joinAll(waiter.thread());
        }
    }

    @Test
    void anInterruptThatComesBeforeTheSetEndsTheWaitWithInterruptedException() throws Exception {
        var lock = new ReentrantLock();
        var event = new Event(lock);
        Started<Boolean> waiter = TestThreads.start("waiter", () -> {
            event.await();
            return true;
        });
        try {
            ThreadWaits.untilParkedOn("ConditionObject", waiter.thread());

            lock.lock();
            try {
                waiter.thread().interrupt();
                // Interrupted, the waiter leaves the condition and queues for this lock...
                await().atMost(TestThreads.PATIENCE).until(() -> lock.hasQueuedThread(waiter.thread()));
                event.set();                      // ...so this set comes too late for it
            } finally {
                lock.unlock();
            }

            var failure = assertThrows(ExecutionException.class, () -> waiter.outcome().get(10, TimeUnit.SECONDS));
            assertInstanceOf(InterruptedException.class, failure.getCause());
            assertTrue(event.isSet());
        } finally {
            TestThreads.joinAll(waiter.thread());
        }
    }

    @Test
    void aTimedAwaitWithoutAUnitIsRejected() {
        var event = new Event();

        var error = assertThrows(NullPointerException.class, () -> event.await(1, null));

        assertEquals("unit must not be null", error.getMessage());
    }

    /** {@code untimed} threads calling await(), then {@code timed} calling await(60 s). */
    private static List<Started<Boolean>> startWaiters(Event event, int untimed, int timed) {
        var waiters = new ArrayList<Started<Boolean>>();
        for (int i = 1; i <= untimed; i++) {
            waiters.add(TestThreads.start("waiter-" + i, () -> {
                event.await();
                return true;
            }));
        }
        for (int i = 1; i <= timed; i++) {
            waiters.add(TestThreads.start("timed-waiter-" + i, () -> event.await(60, TimeUnit.SECONDS)));
        }
        return waiters;
    }

    private static List<Thread> threadsOf(List<Started<Boolean>> waiters) {
        return waiters.stream().map(Started::thread).toList();
    }
}
