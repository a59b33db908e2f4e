package dev.threadlessons.semaphores.exercises;

import java.util.concurrent.Semaphore;

/**
 * Exercise 08-2: a room that lets in at most {@code capacity} threads at once, with a
 * {@link Semaphore}. Write {@link #enter}: wait for a permit, run {@code work} holding it, and
 * give it back whatever happens, so that a failing task does not shrink the room for everyone
 * after it.
 *
 * <p>Grade it: {@code mvn -pl 08-semaphores test -Pexercises}. Compare with
 * {@code ConnectionPool} afterwards.
 *
 * <p>Thread-safety: thread-safe once written; {@code permits} is the only shared state.
 */
public class LimitedRoom {

    protected final Semaphore permits;

    /** A room for at most {@code capacity} threads at once. */
    public LimitedRoom(int capacity) {
        this.permits = new Semaphore(capacity);
    }

    /**
     * Runs {@code work} inside the room, waiting for a place first.
     *
     * @throws InterruptedException if interrupted while waiting for a place; {@code work} did not run
     */
    public void enter(Runnable work) throws InterruptedException {
        // TODO: permits.acquire(); then run the work, and permits.release() in a finally.
        throw new UnsupportedOperationException("exercise 08-2: enter() is yours to write");
    }

    /** The places free right now. */
    public int freePlaces() {
        return permits.availablePermits();
    }
}
