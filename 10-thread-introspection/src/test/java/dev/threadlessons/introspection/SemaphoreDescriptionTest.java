package dev.threadlessons.introspection;

import static dev.threadlessons.testing.TestThreads.PATIENCE;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.concurrent.Semaphore;

import org.junit.jupiter.api.Test;

import dev.threadlessons.testing.TestThreads;

/** A semaphore tells how many permits are free and how many threads wait for one. */
class SemaphoreDescriptionTest {

    @Test
    void aFreshSemaphoreHasAllItsPermitsAndNoQueue() {
        assertEquals(new SemaphoreDescription(3, 0, false, false),
                SemaphoreDescription.of(new Semaphore(3)));
    }

    @Test
    void theQueueLengthCountsTheThreadsWaitingForAPermit() throws InterruptedException {
        var semaphore = new Semaphore(0);
        var waiters = new ArrayList<Thread>();
        try {
            for (int i = 1; i <= 3; i++) {
                waiters.add(TestThreads.run("permit-waiter-" + i, semaphore::acquire).thread());
                int queued = i;
                await().atMost(PATIENCE).until(() -> semaphore.getQueueLength() == queued);
            }

            assertEquals(new SemaphoreDescription(0, 3, true, false),
                    SemaphoreDescription.of(semaphore));
        } finally {
            semaphore.release(3);
            TestThreads.joinAll(waiters.toArray(Thread[]::new));
        }
        assertEquals(new SemaphoreDescription(0, 0, false, false), SemaphoreDescription.of(semaphore),
                "each waiter kept the permit it got");
    }

    @Test
    void aReleaseWithoutWaitersAddsAPermit() {
        var semaphore = new Semaphore(0, true);
        semaphore.release();
        assertEquals(new SemaphoreDescription(1, 0, false, true), SemaphoreDescription.of(semaphore));
    }

    @Test
    void theDescriptionReadsAsASentence() {
        assertEquals("0 permits available, 2 threads queued (hasQueuedThreads=true), non-fair",
                new SemaphoreDescription(0, 2, true, false).toString());
        assertEquals("1 permit available, 1 thread queued (hasQueuedThreads=true), fair",
                new SemaphoreDescription(1, 1, true, true).toString());
    }
}
