package dev.threadlessons.introspection;

import java.util.concurrent.Semaphore;

/**
 * What a {@link Semaphore} can tell about itself: how many permits are free, how many threads
 * wait for one, and whether it serves them first come, first served.
 *
 * <p>The three numbers come from three separate calls, not one atomic look, and the semaphore's
 * own Javadoc calls the queue length an estimate: while threads come and go, a description may
 * be slightly off (say, {@code hasQueuedThreads} true with a queue length of 0). Taken while the
 * semaphore is still, as the demo and the tests do, it is exact.
 *
 * <p>Thread-safety: immutable.
 *
 * @param availablePermits  {@link Semaphore#availablePermits()}; may be negative if the
 *                          semaphore was created with fewer than zero permits
 * @param queueLength       {@link Semaphore#getQueueLength()}, threads waiting to acquire
 * @param hasQueuedThreads  {@link Semaphore#hasQueuedThreads()}
 * @param fair              {@link Semaphore#isFair()}: waiters get permits in arrival order
 */
public record SemaphoreDescription(int availablePermits, int queueLength, boolean hasQueuedThreads,
                                   boolean fair) {

    // tag::describe[]
    /** Describes {@code semaphore} as it is now. */
    public static SemaphoreDescription of(Semaphore semaphore) {
        return new SemaphoreDescription(semaphore.availablePermits(), semaphore.getQueueLength(),
                semaphore.hasQueuedThreads(), semaphore.isFair());
    }
    // end::describe[]

    /** {@code 0 permits available, 2 threads queued (hasQueuedThreads=true), non-fair} */
    @Override
    public String toString() {
        return availablePermits + (availablePermits == 1 ? " permit" : " permits") + " available, "
                + queueLength + (queueLength == 1 ? " thread" : " threads") + " queued"
                + " (hasQueuedThreads=" + hasQueuedThreads + "), " + (fair ? "fair" : "non-fair");
    }
}
