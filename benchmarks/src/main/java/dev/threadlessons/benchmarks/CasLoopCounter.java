package dev.threadlessons.benchmarks;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

import dev.threadlessons.locks.AtomicCounter;
import dev.threadlessons.locks.Counter;

/**
 * The counter as a compare-and-set loop: read the value, compute the next one, and store it only
 * if nobody changed the value in between; otherwise read again and retry. This is the shape every
 * lock-free update takes when it is more than a plain add (cap at a limit, keep a maximum, move a
 * state machine on), so it stands here for "an update that needs the current value".
 *
 * <p>{@link AtomicCounter}'s {@code incrementAndGet()} gives the same result, but on common CPUs
 * it is one atomic add instruction that cannot fail; this loop can fail and retry, and retries
 * are what contention costs it. {@link LongAdder} cannot stand in here at all: it spreads adds
 * over several cells and has no compare-and-set, because it never holds "the current value" in
 * one place.
 *
 * <p>Thread-safety: thread-safe, lock-free. {@code count} guards itself. Happens-before: a
 * successful {@code compareAndSet} has the effects of a {@code volatile} read and write.
 */
public final class CasLoopCounter implements Counter {

    private final AtomicLong count = new AtomicLong();

    @Override
    public void increment() {
        long seen;
        do {
            seen = count.get();
        } while (!count.compareAndSet(seen, seen + 1));
    }

    @Override
    public long get() {
        return count.get();
    }
}
