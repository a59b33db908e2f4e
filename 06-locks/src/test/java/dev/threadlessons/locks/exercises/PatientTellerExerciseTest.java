package dev.threadlessons.locks.exercises;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;

import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import dev.threadlessons.testing.Exercise;
import dev.threadlessons.testing.TestThreads;

/**
 * Grades exercise 06-3, {@link PatientTeller#serve}: with the lock free it runs the work and lets
 * go of the lock, also when the work throws; with the lock held by the test it gives up, having
 * waited no less than its patience, and runs nothing. Run it with
 * {@code mvn -pl 06-locks test -Pexercises}.
 */
@Tag(Exercise.TAG)
public class PatientTellerExerciseTest {

    private static final Duration PATIENCE = Duration.ofMillis(100);
    /** How long the test lets a wrong answer wait for a held lock before it gives it up itself. */
    private static final Duration GIVES_UP_WITHIN = Duration.ofSeconds(5);

    private static PatientTeller teller() {
        return Exercise.create(PatientTeller.class, PatientTeller.class, new Class<?>[0]);
    }

    @Test
    void withTheLockFreeTheWorkRunsHoldingItAndTheLockIsLetGoAfter() throws Exception {
        var lock = new ReentrantLock();
        var heldDuringWork = new AtomicInteger();

        boolean served = teller().serve(lock, PATIENCE, () -> heldDuringWork.set(lock.getHoldCount()));

        assertTrue(served, "the lock was free: serve() must take it and return true");
        assertEquals(1, heldDuringWork.get(), "the work must run holding the lock");
        assertFalse(lock.isLocked(), "serve() must let go of the lock when the work is done");
    }

    @Test
    void whenTheWorkThrowsTheLockIsLetGoAllTheSame() {
        var lock = new ReentrantLock();

        assertThrows(IllegalStateException.class, () -> teller().serve(lock, PATIENCE, () -> {
            throw new IllegalStateException("the work failed");
        }), "the work's exception must reach the caller");
        assertFalse(lock.isLocked(), "a lock taken must be let go in a finally, also when the work throws");
    }

    @Test
    void withTheLockHeldElsewhereItGivesUpAfterItsPatienceAndRunsNothing() throws Exception {
        var lock = new ReentrantLock();
        var ran = new AtomicInteger();
        lock.lock();
        TestThreads.Started<Long> caller;
        try {
            caller = TestThreads.start("teller", () -> {
                long start = System.nanoTime();
                boolean served = teller().serve(lock, PATIENCE, ran::incrementAndGet);
                return served ? -1 : System.nanoTime() - start;
            });
            try {
                Awaitility.await().atMost(GIVES_UP_WITHIN).until(() -> !caller.thread().isAlive());
            } catch (ConditionTimeoutException e) {
                fail("serve() still waited for the lock " + GIVES_UP_WITHIN.toSeconds() + " s later, with a patience of "
                        + PATIENCE.toMillis() + " ms: lock() waits for ever; tryLock(time, unit) gives up");
            }
        } finally {
            lock.unlock();
        }
        long waited = caller.result();
        assertTrue(waited != -1, "serve() returned true, yet the test held the lock the whole time");
        assertEquals(0, ran.get(), "the work must not run without the lock");
        assertTrue(waited >= PATIENCE.toNanos(), "serve() gave up after " + waited / 1_000_000 + " ms, before its "
                + PATIENCE.toMillis() + " ms of patience: tryLock() without a time does not wait at all");
        TestThreads.joinAll(List.of(caller.thread()));
    }
}
