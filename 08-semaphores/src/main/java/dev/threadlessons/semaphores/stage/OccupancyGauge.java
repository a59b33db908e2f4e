package dev.threadlessons.semaphores.stage;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Counts the threads inside a guarded section right now, and remembers the highest count ever
 * seen: the number that a semaphore with N permits must keep at N or below.
 *
 * <p>Thread-safety: thread-safe and lock-free. Each count is one atomic update, so two threads
 * entering together can never both read the same value (the race a plain {@code int} would have);
 * the peak is raised with an atomic maximum for the same reason.
 */
public final class OccupancyGauge {

    private final AtomicInteger inside = new AtomicInteger();
    private final AtomicInteger peak = new AtomicInteger();

    /** Counts the calling thread in; returns how many are inside now, itself included. */
    public int enter() {
        int now = inside.incrementAndGet();
        peak.accumulateAndGet(now, Math::max);
        return now;
    }

    /**
     * Counts the calling thread out; returns how many are still inside.
     *
     * @throws IllegalStateException if nobody is inside (a leave without an enter)
     */
    public int leave() {
        int before = inside.getAndUpdate(count -> count == 0 ? 0 : count - 1);
        if (before == 0) {
            throw new IllegalStateException("leave() without a matching enter(): nobody is inside");
        }
        return before - 1;
    }

    /** How many threads are inside at this moment. */
    public int inside() {
        return inside.get();
    }

    /** The highest number of threads that were ever inside at once. */
    public int peak() {
        return peak.get();
    }
}
