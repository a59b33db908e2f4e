package dev.threadlessons.semaphores;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.threadlessons.testing.TestThreads;

/**
 * Many threads releasing at the same moment: the bounded semaphore's check and release must be one
 * step, or two releasers can both pass the check. The broken version is tested beside it.
 */
class ConcurrentReleaseTest {

    private static final int MAX = 10;
    private static final int RELEASERS = 16;
    private static final int ROUNDS = 10;

    @ParameterizedTest(name = "missing {0} permits")
    @ValueSource(ints = {0, 1, 3, 7, MAX})
    void exactlyTheMissingPermitsCanBeReleasedByThreadsReleasingAtOnce(int missing) throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            var semaphore = new BoundedSemaphore(MAX);
            for (int i = 0; i < missing; i++) {
                semaphore.acquire();
            }
            var released = new AtomicInteger();
            var refused = new AtomicInteger();
            var allReady = new CyclicBarrier(RELEASERS);
            var threads = new ArrayList<Thread>();
            try {
                for (int i = 1; i <= RELEASERS; i++) {
                    threads.add(TestThreads.start("releaser-" + i, () -> {
                        allReady.await();
                        try {
                            semaphore.release();
                            released.incrementAndGet();
                        } catch (IllegalStateException tooMany) {
                            refused.incrementAndGet();
                        }
                        return null;
                    }).thread());
                }
            } finally {
                TestThreads.joinAll(threads);
            }

            assertEquals(missing, released.get(), "round " + round);
            assertEquals(RELEASERS - missing, refused.get(), "round " + round);
            assertEquals(MAX, semaphore.availablePermits(), "round " + round);
        }
    }

    @Test
    void checkThenReleaseRefusesAnExtraReleaseWhenAlone() throws InterruptedException {
        var semaphore = new CheckThenReleaseSemaphore(2);
        semaphore.acquire();
        semaphore.release();

        var error = assertThrows(IllegalStateException.class, semaphore::release);

        assertEquals("semaphore released too many times: it already has all 2 permits", error.getMessage());
        assertEquals(2, semaphore.availablePermits());
    }

    @Test
    void checkThenReleaseGoesAboveItsMaximumWhenTwoReleasersBothCheckFirst() throws Exception {
        var bothChecked = new CyclicBarrier(2);
        var semaphore = new CheckThenReleaseSemaphore(MAX, () -> meet(bothChecked));
        semaphore.acquire();
        var first = TestThreads.start("releaser-1", () -> release(semaphore));
        var second = TestThreads.start("releaser-2", () -> release(semaphore));
        TestThreads.joinAll(List.of(first.thread(), second.thread()));

        assertTrue(first.outcome().get());
        assertTrue(second.outcome().get());
        assertEquals(MAX + 1, semaphore.availablePermits(), "both passed the check, both released");
    }

    @Test
    void checkThenReleaseKnowsItsMaximumAndAcceptsZeroPermitsButNotFewer() {
        assertEquals(3, new CheckThenReleaseSemaphore(3).maxPermits());
        assertEquals(0, new CheckThenReleaseSemaphore(0).availablePermits());

        var error = assertThrows(IllegalArgumentException.class, () -> new CheckThenReleaseSemaphore(-1));

        assertEquals("permits must not be negative, was -1", error.getMessage());
    }

    @Test
    void checkThenReleaseRejectsANullHook() {
        var error = assertThrows(NullPointerException.class, () -> new CheckThenReleaseSemaphore(1, null));

        assertEquals("betweenCheckAndRelease must not be null", error.getMessage());
    }

    private static boolean release(CheckThenReleaseSemaphore semaphore) {
        semaphore.release();
        return true;
    }

    private static void meet(CyclicBarrier barrier) {
        try {
            barrier.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (BrokenBarrierException e) {
            throw new IllegalStateException(e);
        }
    }
}
