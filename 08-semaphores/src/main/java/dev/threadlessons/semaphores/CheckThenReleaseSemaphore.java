package dev.threadlessons.semaphores;

import java.util.Objects;
import java.util.concurrent.Semaphore;

/**
 * The tempting but broken way to bound a semaphore: look at the count, then release. Kept beside
 * {@link BoundedSemaphore} to show why the check and the release must be one atomic step.
 *
 * <p>Not thread-safe (as a bounded semaphore): {@code availablePermits()} and {@code release()} are
 * each atomic, but the pair is not. Two threads releasing at the same moment on a semaphore that
 * misses one permit can both see room for one more, and both release: the count ends one above the
 * maximum, exactly the lost-update race of lesson 05 with a semaphore instead of a counter. Alone,
 * one thread at a time, it refuses an extra release like {@code BoundedSemaphore} does.
 *
 * <p>The {@code betweenCheckAndRelease} hook runs in the gap where the race happens. It does
 * nothing by default; the demo and the tests make two threads meet there, so that the race
 * happens every time instead of once in a while.
 */
public final class CheckThenReleaseSemaphore {

    private final int maxPermits;
    private final Semaphore permits;
    private final Runnable betweenCheckAndRelease;

    /** A semaphore with {@code permits} permits, which is meant to be its maximum. */
    public CheckThenReleaseSemaphore(int permits) {
        this(permits, () -> { });
    }

    /** As {@link #CheckThenReleaseSemaphore(int)}, running {@code betweenCheckAndRelease} in the gap. */
    public CheckThenReleaseSemaphore(int permits, Runnable betweenCheckAndRelease) {
        if (permits < 0) {
            throw new IllegalArgumentException("permits must not be negative, was " + permits);
        }
        this.maxPermits = permits;
        this.permits = new Semaphore(permits);
        this.betweenCheckAndRelease = Objects.requireNonNull(betweenCheckAndRelease,
                "betweenCheckAndRelease must not be null");
    }

    /** Takes a permit, waiting until one is available. */
    public void acquire() throws InterruptedException {
        permits.acquire();
    }

    /**
     * Gives back one permit, unless the count it sees is already at the maximum.
     *
     * @throws IllegalStateException if the check sees no room for another permit
     */
    // tag::release[]
    public void release() {
        if (permits.availablePermits() + 1 > maxPermits) {   // step 1: check
            throw new IllegalStateException("semaphore released too many times: it already has all "
                    + maxPermits + " permits");
        }
        betweenCheckAndRelease.run();                         // the gap: another release may pass its check here
        permits.release();                                    // step 2: act, on a check that may be stale
    }
    // end::release[]

    /** The permits available at this moment; after a race, possibly more than {@link #maxPermits()}. */
    public int availablePermits() {
        return permits.availablePermits();
    }

    /** The maximum this semaphore is meant to have. */
    public int maxPermits() {
        return maxPermits;
    }
}
