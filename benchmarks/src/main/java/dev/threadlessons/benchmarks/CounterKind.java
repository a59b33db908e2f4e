package dev.threadlessons.benchmarks;

import java.util.function.Supplier;

import dev.threadlessons.locks.AtomicCounter;
import dev.threadlessons.locks.Counter;
import dev.threadlessons.locks.LockedCounter;
import dev.threadlessons.locks.LongAdderCounter;
import dev.threadlessons.locks.SynchronizedCounter;

/**
 * Every counter {@link CounterBenchmark} measures, as the values of its {@code counter}
 * parameter: lesson 06's guarded counters, plus the variants lesson 06 does not offer (no guard,
 * a fair lock, a compare-and-set loop), in order from "no guard" to "built for contention".
 *
 * <p>Thread-safety: immutable; {@link #create()} makes a new counter at zero per call.
 */
public enum CounterKind {

    /** No guard: the floor, and the wrong answer as soon as two threads share it. */
    UNSYNCHRONIZED(UnsynchronizedCounter::new),
    /** Lesson 06's {@code synchronized} methods, the built-in monitor of the counter object. */
    SYNCHRONIZED(SynchronizedCounter::new),
    /** Lesson 06's {@code ReentrantLock}, unfair (the default). */
    REENTRANT_LOCK(LockedCounter::new),
    /** A fair {@code ReentrantLock}: waiting threads get the lock in arrival order. */
    FAIR_REENTRANT_LOCK(FairLockedCounter::new),
    /** Lesson 06's {@code AtomicLong.incrementAndGet()}. */
    ATOMIC_LONG(AtomicCounter::new),
    /** {@code AtomicLong.compareAndSet} in a retry loop: an update that needs the current value. */
    ATOMIC_LONG_CAS_LOOP(CasLoopCounter::new),
    /** Lesson 06's {@code LongAdder}: contending threads spread over cells (as many as CPUs at most), summed on read. */
    LONG_ADDER(LongAdderCounter::new);

    private final Supplier<Counter> factory;

    CounterKind(Supplier<Counter> factory) {
        this.factory = factory;
    }

    /** A fresh counter of this kind, at zero. */
    public Counter create() {
        return factory.get();
    }
}
