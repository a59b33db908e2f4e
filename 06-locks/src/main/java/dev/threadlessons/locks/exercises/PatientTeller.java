package dev.threadlessons.locks.exercises;

import java.time.Duration;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Exercise 06-3: wait for a lock, but not for ever. Write {@link #serve}: take {@code lock},
 * waiting at most {@code patience}; if it came, run {@code work} holding it, let go of it
 * whatever happens, and return {@code true}; if the time ran out, return {@code false} without
 * running {@code work}.
 *
 * <p>The traps: {@code lock()} waits for ever; {@code tryLock()} without a time gives up at once;
 * and a lock taken must be let go in a {@code finally}. Grade it with
 * {@code mvn -pl 06-locks test -Pexercises}; compare with {@code TimedLockAccount} afterwards.
 *
 * <p>Thread-safety: stateless; any number of threads may call {@link #serve} at once.
 */
public class PatientTeller {

    /**
     * Runs {@code work} holding {@code lock}, if the lock comes within {@code patience}.
     *
     * @return whether the lock came, and {@code work} ran
     * @throws InterruptedException if interrupted while waiting for the lock
     */
    public boolean serve(ReentrantLock lock, Duration patience, Runnable work) throws InterruptedException {
        // TODO: lock.tryLock(time, unit); then try { work.run(); } finally { lock.unlock(); }
        throw new UnsupportedOperationException("exercise 06-3: serve() is yours to write");
    }
}
