package dev.threadlessons.semaphores;

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

class BoundedSemaphoreTest {

    @Test
    void startsWithAllItsPermitsAvailable() {
        var semaphore = new BoundedSemaphore(3);

        assertEquals(3, semaphore.availablePermits());
        assertEquals(3, semaphore.maxPermits());
    }

    @Test
    void negativePermitsAreRejected() {
        var error = assertThrows(IllegalArgumentException.class, () -> new BoundedSemaphore(-1));

        assertEquals("permits must not be negative, was -1", error.getMessage());
    }

    @Test
    void acquireBlocksAtZeroAndWakesOnRelease() throws Exception {
        var semaphore = new BoundedSemaphore(1);
        semaphore.acquire();
        Started<Boolean> waiter = TestThreads.start("waiter", () -> {
            semaphore.acquire();
            return true;
        });
        try {
            ThreadWaits.untilParkedOn("ConditionObject", List.of(waiter.thread()));
            assertFalse(waiter.outcome().isDone());

            semaphore.release();

            assertTrue(waiter.outcome().get(10, TimeUnit.SECONDS));
            assertEquals(0, semaphore.availablePermits());
        } finally {
            TestThreads.joinAll(List.of(waiter.thread()));
        }
    }

    @Test
    void tryAcquireWithoutTimeoutFailsAtOnceAtZero() throws InterruptedException {
        var semaphore = new BoundedSemaphore(1);

        assertTrue(semaphore.tryAcquire());
        assertFalse(semaphore.tryAcquire());
        assertEquals(0, semaphore.availablePermits());
    }

    @Test
    void tryAcquireWithTimeoutGivesUpAfterAtLeastTheTimeAsked() throws InterruptedException {
        var semaphore = new BoundedSemaphore(0);

        long start = System.nanoTime();
        boolean acquired = semaphore.tryAcquire(200, TimeUnit.MILLISECONDS);
        var waited = Duration.ofNanos(System.nanoTime() - start);

        assertFalse(acquired);
        // Only a lower bound: a timed wait never ends early, but a busy machine may end it late.
        assertTrue(waited.compareTo(Duration.ofMillis(200)) >= 0, "gave up too early: " + waited);
    }

    @Test
    void tryAcquireWithTimeoutSucceedsWhenAPermitIsReleasedMeanwhile() throws Exception {
        var semaphore = new BoundedSemaphore(1);
        semaphore.acquire();
        Started<Boolean> waiter = TestThreads.start("waiter", () -> semaphore.tryAcquire(60, TimeUnit.SECONDS));
        try {
            ThreadWaits.untilParkedOn("ConditionObject", List.of(waiter.thread()));

            semaphore.release();

            assertTrue(waiter.outcome().get(10, TimeUnit.SECONDS));
        } finally {
            TestThreads.joinAll(List.of(waiter.thread()));
        }
    }

    @Test
    void interruptingABlockedAcquireThrowsAndLosesNoPermit() throws Exception {
        var semaphore = new BoundedSemaphore(1);
        semaphore.acquire();
        Started<Boolean> waiter = TestThreads.start("waiter", () -> {
            semaphore.acquire();
            return true;
        });
        try {
            ThreadWaits.untilParkedOn("ConditionObject", List.of(waiter.thread()));

            waiter.thread().interrupt();

            var failure = assertThrows(ExecutionException.class, () -> waiter.outcome().get(10, TimeUnit.SECONDS));
            assertInstanceOf(InterruptedException.class, failure.getCause());
            assertEquals(0, semaphore.availablePermits(), "the interrupted waiter must not have taken a permit");
            semaphore.release();
            assertEquals(1, semaphore.availablePermits(), "the released permit must not be lost");
            assertTrue(semaphore.tryAcquire());
        } finally {
            TestThreads.joinAll(List.of(waiter.thread()));
        }
    }

    @Test
    void anInterruptRacingWithAReleaseStrandsNoPermit() throws Exception {
        // Whichever wins, the interrupt or the release's signal, the permit ends up taken by exactly
        // one of the two waiters; it is never left lying free while a waiter sleeps on.
        for (int round = 0; round < 20; round++) {
            var semaphore = new BoundedSemaphore(1);
            semaphore.acquire();
            Started<Boolean> first = TestThreads.start("first", () -> {
                semaphore.acquire();
                return true;
            });
            Started<Boolean> second = TestThreads.start("second", () -> {
                semaphore.acquire();
                return true;
            });
            try {
                ThreadWaits.untilParkedOn("ConditionObject", List.of(first.thread(), second.thread()));

                first.thread().interrupt();
                semaphore.release();

                boolean firstGotIt = succeeded(first);
                if (!firstGotIt) {
                    assertTrue(second.outcome().get(10, TimeUnit.SECONDS), "round " + round);
                } else {
                    // The second waiter is still parked, correctly: there was one permit, and it is taken.
                    assertEquals(0, semaphore.availablePermits(), "round " + round);
                    semaphore.release();
                    assertTrue(second.outcome().get(10, TimeUnit.SECONDS), "round " + round);
                }
                assertEquals(0, semaphore.availablePermits(), "round " + round);
            } finally {
                TestThreads.joinAll(List.of(first.thread(), second.thread()));
            }
        }
    }

    @Test
    void interruptingATimedAcquireThrowsAndTakesNoPermit() throws Exception {
        var semaphore = new BoundedSemaphore(1);
        semaphore.acquire();
        Started<Boolean> waiter = TestThreads.start("waiter", () -> semaphore.tryAcquire(60, TimeUnit.SECONDS));
        ThreadWaits.untilParkedOn("ConditionObject", waiter.thread());

        waiter.thread().interrupt();

        assertInstanceOf(InterruptedException.class, waiter.failure());
        assertEquals(0, semaphore.availablePermits(), "the interrupted waiter must not have taken a permit");
        semaphore.release();
        assertEquals(1, semaphore.availablePermits());
    }

    @Test
    void aTimedAcquireSignalledAsItsTimeRunsOutStillTakesThePermit() throws Exception {
        // The test holds the semaphore's lock, so that the release's signal reaches the timed waiter
        // while it is parked, and the waiter gets the lock back only after its time is up. Giving
        // up then would strand the permit: free, with its signal spent and the second waiter asleep.
        var lock = new ReentrantLock();
        var semaphore = new BoundedSemaphore(1, lock);
        semaphore.acquire();
        var timeout = Duration.ofMillis(50);
        Started<Boolean> timed = TestThreads.start("timed-waiter",
                () -> semaphore.tryAcquire(timeout.toNanos(), TimeUnit.NANOSECONDS));
        ThreadWaits.untilParkedOn("ConditionObject", timed.thread());
        long deadlineAtTheLatest = System.nanoTime() + timeout.toNanos();
        Started<Boolean> patient = TestThreads.start("waiter", () -> {
            semaphore.acquire();
            return true;
        });
        try {
            ThreadWaits.untilParkedOn("ConditionObject", patient.thread());

            lock.lock();
            try {
                semaphore.release(); // signals the first waiter: the timed one
                await().atMost(TestThreads.PATIENCE).until(() -> System.nanoTime() - deadlineAtTheLatest > 0);
            } finally {
                lock.unlock();
            }

            assertTrue(timed.result(), "signalled in time, the timed waiter must take the permit");
            assertEquals(0, semaphore.availablePermits());
            assertTrue(ThreadWaits.parkedOn("ConditionObject", patient.thread()), "one permit, already taken");
        } finally {
            patient.thread().interrupt();
            TestThreads.joinAll(patient.thread());
        }
    }

    @Test
    void oneReleaseWakesOneWaiterAndLeavesTheOtherOnTheCondition() throws Exception {
        // The test holds the semaphore's lock while it releases, so that no waiter can run yet.
        // A signal "moves the longest-waiting thread, if one exists, from the wait queue for this
        // condition to the wait queue for the owning lock" (AbstractQueuedSynchronizer.ConditionObject
        // Javadoc), so the lock's queue shows how many waiters the release woke: one per permit.
        var lock = new ReentrantLock();
        var semaphore = new BoundedSemaphore(1, lock);
        semaphore.acquire();
        Started<Boolean> first = TestThreads.start("first", () -> {
            semaphore.acquire();
            return true;
        });
        ThreadWaits.untilParkedOn("ConditionObject", first.thread());
        // Started once the first waits, so the first is the longest-waiting and the one woken.
        Started<Boolean> second = TestThreads.start("second", () -> {
            semaphore.acquire();
            return true;
        });
        try {
            ThreadWaits.untilParkedOn("ConditionObject", second.thread());

            lock.lock();
            try {
                semaphore.release();
                assertEquals(1, lock.getQueueLength(), "one permit given back must wake one waiter, not both");
            } finally {
                lock.unlock();
            }

            assertTrue(first.result(), "the longest-waiting thread takes the permit");
            semaphore.release();
            assertTrue(second.result());
            assertEquals(0, semaphore.availablePermits());
        } finally {
            // On a failure a waiter is still waiting; the interrupt ends it, and the failure shown
            // is the assertion's, not the join's.
            first.thread().interrupt();
            second.thread().interrupt();
            TestThreads.joinAll(List.of(first.thread(), second.thread()));
        }
    }

    @Test
    void anExtraReleaseWhilePermitsAreOutIsAcceptedAndTheCorrectReleaseLaterThrows() throws InterruptedException {
        // The limit of a bounded semaphore, Python's too: it compares the count with its maximum
        // and does not know who holds a permit. One thread is enough, since permits have no owner.
        var semaphore = new BoundedSemaphore(3);
        semaphore.acquire(); // the first holder
        semaphore.acquire(); // the second holder

        semaphore.release(); // the first holder gives back its permit...
        semaphore.release(); // ...and again, by mistake: accepted, 2 + 1 is not above 3

        assertEquals(3, semaphore.availablePermits(), "3 free while the second holder still has one");
        assertTrue(semaphore.tryAcquire());
        assertTrue(semaphore.tryAcquire());
        assertTrue(semaphore.tryAcquire(), "three more get in: four holders for three permits");
        semaphore.release();
        semaphore.release();
        semaphore.release();
        var error = assertThrows(IllegalStateException.class, semaphore::release,
                "the second holder's correct release is the one refused");
        assertTrue(error.getMessage().startsWith("semaphore released too many times"), error.getMessage());
        assertEquals(3, semaphore.availablePermits());
    }

    @Test
    void releasingAFullSemaphoreThrowsAndChangesNothing() {
        var semaphore = new BoundedSemaphore(2);

        var error = assertThrows(IllegalStateException.class, semaphore::release);

        assertEquals("semaphore released too many times: releasing 1 would take it from 2 to 3 permits,"
                + " above its maximum of 2", error.getMessage());
        assertEquals(2, semaphore.availablePermits());
    }

    @Test
    void releasingSeveralThatWouldOvershootAddsNoneOfThem() throws InterruptedException {
        var semaphore = new BoundedSemaphore(3);
        semaphore.acquire();

        var error = assertThrows(IllegalStateException.class, () -> semaphore.release(2));

        assertTrue(error.getMessage().startsWith("semaphore released too many times"), error.getMessage());
        assertEquals(2, semaphore.availablePermits());
        semaphore.release(1);
        assertEquals(3, semaphore.availablePermits());
    }

    @Test
    void aHugeReleaseIsRefusedRatherThanOverflowing() {
        var semaphore = new BoundedSemaphore(5);

        assertThrows(IllegalStateException.class, () -> semaphore.release(Integer.MAX_VALUE));
        assertEquals(5, semaphore.availablePermits());
    }

    @Test
    void aRefusedReleaseWakesNoWaiter() throws Exception {
        var semaphore = new BoundedSemaphore(0);
        Started<Boolean> waiter = TestThreads.start("waiter", () -> {
            semaphore.acquire();
            return true;
        });
        try {
            ThreadWaits.untilParkedOn("ConditionObject", List.of(waiter.thread()));

            assertThrows(IllegalStateException.class, semaphore::release);

            assertEquals(0, semaphore.availablePermits());
            assertTrue(ThreadWaits.parkedOn("ConditionObject", waiter.thread()), "the waiter must still be waiting");
            assertFalse(waiter.outcome().isDone());
            waiter.thread().interrupt();
            assertThrows(ExecutionException.class, () -> waiter.outcome().get(10, TimeUnit.SECONDS));
        } finally {
            TestThreads.joinAll(List.of(waiter.thread()));
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, Integer.MIN_VALUE})
    void releasingLessThanOnePermitIsRejected(int permits) {
        var semaphore = new BoundedSemaphore(1);

        var error = assertThrows(IllegalArgumentException.class, () -> semaphore.release(permits));

        assertEquals("permits to release must be at least 1, was " + permits, error.getMessage());
    }

    @Test
    void aTimedAcquireWithoutAUnitIsRejected() {
        var semaphore = new BoundedSemaphore(1);

        var error = assertThrows(NullPointerException.class, () -> semaphore.tryAcquire(1, null));

        assertEquals("unit must not be null", error.getMessage());
        assertEquals(1, semaphore.availablePermits());
    }

    @Test
    void releasingSeveralPermitsWakesAsManyWaiters() throws Exception {
        var semaphore = new BoundedSemaphore(3);
        semaphore.acquire();
        semaphore.acquire();
        semaphore.acquire();
        var waiters = new ArrayList<Started<Boolean>>();
        for (int i = 1; i <= 3; i++) {
            waiters.add(TestThreads.start("waiter-" + i, () -> {
                semaphore.acquire();
                return true;
            }));
        }
        var threads = waiters.stream().map(Started::thread).toList();
        try {
            ThreadWaits.untilParkedOn("ConditionObject", threads);

            semaphore.release(2);

            untilDone(waiters, 2);
            assertEquals(0, semaphore.availablePermits());
            assertEquals(2, waiters.stream().filter(waiter -> waiter.outcome().isDone()).count());
            semaphore.release();
            for (var waiter : waiters) {
                assertTrue(waiter.outcome().get(10, TimeUnit.SECONDS));
            }
        } finally {
            TestThreads.joinAll(threads);
        }
    }

    private static void untilDone(List<Started<Boolean>> waiters, long count) {
        await().atMost(TestThreads.PATIENCE)
                .until(() -> waiters.stream().filter(waiter -> waiter.outcome().isDone()).count() == count);
    }

    private static boolean succeeded(Started<Boolean> waiter) throws Exception {
        try {
            return waiter.outcome().get(10, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            assertInstanceOf(InterruptedException.class, e.getCause());
            return false;
        }
    }
}
