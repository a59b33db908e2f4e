package dev.threadlessons.semaphores.exercises;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.locks.ReentrantLock;

import org.jetbrains.lincheck.datastructures.Operation;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import dev.threadlessons.testing.Exercise;
import dev.threadlessons.testing.ModelCheck;
import dev.threadlessons.testing.TestThreads;
import dev.threadlessons.testing.TestThreads.Started;

/**
 * Grades exercise 08-1, {@link BoundedRelease#release()}: on one thread it gives a permit back
 * and refuses one too many, changing nothing; two releases that meet, forced with a fair lock the
 * test holds, give one permit back and refuse the other; and Lincheck's model checker finds no
 * schedule of two threads in which the count goes above its maximum. Run it with
 * {@code mvn -pl 08-semaphores test -Pexercises}.
 */
@Tag(Exercise.TAG)
public class BoundedReleaseExerciseTest {

    private static BoundedRelease semaphore() {
        return Exercise.create(BoundedRelease.class, BoundedRelease.class, new Class<?>[0]);
    }

    @Test
    void aReleaseGivesBackTheTakenPermit() {
        var semaphore = semaphore();
        assertTrue(semaphore.tryAcquire());

        semaphore.release();

        assertEquals(BoundedRelease.MAX_PERMITS, semaphore.availablePermits(), "the permit taken must be back");
    }

    @Test
    void aReleaseWithEveryPermitBackThrowsAndChangesNothing() {
        var semaphore = semaphore();

        assertThrows(IllegalStateException.class, semaphore::release,
                "with all " + BoundedRelease.MAX_PERMITS + " permits back, release() must throw IllegalStateException");
        assertEquals(BoundedRelease.MAX_PERMITS, semaphore.availablePermits(), "a refused release must change nothing");
    }

    /**
     * What Lincheck calls, on a semaphore made anew for every run, with one permit already out, so
     * that two releases at once are one too many. Public: Lincheck creates it.
     */
    public static final class Operations {
        private final BoundedRelease semaphore = semaphore();

        public Operations() {
            semaphore.tryAcquire();
        }

        @Operation
        public boolean tryAcquire() {
            return semaphore.tryAcquire();
        }

        /** "released", or "refused" when every permit was back already. */
        @Operation
        public String release() {
            try {
                semaphore.release();
                return "released";
            } catch (IllegalStateException aboveTheBound) {
                return "refused";
            }
        }

        @Operation
        public int availablePermits() {
            return semaphore.availablePermits();
        }
    }

    /** The model: a count from 0 to the maximum, one permit out at first, one call at a time. Lincheck runs it on one thread. */
    public static final class BoundedCount {
        private int available = BoundedRelease.MAX_PERMITS - 1;

        public boolean tryAcquire() {
            if (available == 0) {
                return false;
            }
            available--;
            return true;
        }

        public String release() {
            if (available == BoundedRelease.MAX_PERMITS) {
                return "refused";
            }
            available++;
            return "released";
        }

        public int availablePermits() {
            return available;
        }
    }

    @Test
    void ofTwoReleasesThatMeetWithOnePermitOutOneIsRefused() throws Exception {
        // A fair lock hands itself to the longest waiter: the test holds it while both releasers
        // queue, so that once it lets go, the second releaser gets the lock before the first can
        // take it again. An answer that lets go of the lock between its check and its release is
        // then cut into on every run.
        var lock = new ReentrantLock(true);
        var semaphore = Exercise.create(BoundedRelease.class, BoundedRelease.class,
                new Class<?>[] {ReentrantLock.class}, lock);
        assertTrue(semaphore.tryAcquire(), "a permit must be free at first");
        lock.lock();
        Started<String> first;
        Started<String> second;
        try {
            first = TestThreads.start("releaser-1", () -> outcome(semaphore));
            queuesOrEnds(lock, first.thread());
            second = TestThreads.start("releaser-2", () -> outcome(semaphore));
            queuesOrEnds(lock, second.thread());
        } finally {
            lock.unlock();
        }
        var outcomes = List.of(first.result(), second.result());
        assertEquals(BoundedRelease.MAX_PERMITS, semaphore.availablePermits(), "with one permit out, two releases met"
                + " and the count went to " + semaphore.availablePermits() + " (" + outcomes + "): the check and the"
                + " release must be one step under the lock, or both see room for one more");
        assertEquals(1, outcomes.stream().filter("refused"::equals).count(), "one of the two releases must be refused: " + outcomes);
    }

    private static String outcome(BoundedRelease semaphore) {
        try {
            semaphore.release();
            return "released";
        } catch (IllegalStateException aboveTheBound) {
            return "refused";
        }
    }

    /** Waits until {@code releaser} waits for {@code lock}, or has ended (an answer that never takes the lock). */
    private static void queuesOrEnds(ReentrantLock lock, Thread releaser) {
        await().atMost(TestThreads.PATIENCE).until(() -> lock.hasQueuedThread(releaser) || !releaser.isAlive());
    }

    @Test
    void noScheduleOfTwoThreadsTakesTheCountAboveItsMaximum() {
        try {
            ModelCheck.assertLinearizable(Operations.class, BoundedCount.class);
        } catch (AssertionError race) {
            throw new AssertionError("Lincheck found a schedule whose results no one-at-a-time order of the same calls"
                    + " gives: two releases both saw room for one more permit and both released, or a release cut into"
                    + " another call. The check and the release must be one step, under the lock. The schedule it"
                    + " found:\n" + race.getMessage(), race);
        }
    }
}
