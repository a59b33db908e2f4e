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
        assertTrue(waited.compareTo(Duration.ofMillis(200)) >= 0, "gave up too early: " + waited);
        assertTrue(waited.compareTo(Duration.ofSeconds(5)) < 0, "gave up far too late: " + waited);
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
