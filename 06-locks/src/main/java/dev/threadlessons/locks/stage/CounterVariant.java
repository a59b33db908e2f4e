package dev.threadlessons.locks.stage;

import java.util.List;
import java.util.function.Supplier;

import dev.threadlessons.locks.AtomicCounter;
import dev.threadlessons.locks.Counter;
import dev.threadlessons.locks.LockedCounter;
import dev.threadlessons.locks.LongAdderCounter;
import dev.threadlessons.locks.SynchronizedBlockCounter;
import dev.threadlessons.locks.SynchronizedCounter;

/**
 * One way of guarding the shared counter: a name for the table and the test names, and a
 * factory for fresh counters, so that each run starts from zero.
 *
 * <p>Thread-safety: immutable; the factory makes a new counter per call.
 *
 * @param name    how the demo's table and the test names call it
 * @param factory makes a fresh counter at zero
 */
public record CounterVariant(String name, Supplier<Counter> factory) {

    /** Every guarded counter of this lesson, the built-in monitor first, lock-free last. */
    public static List<CounterVariant> all() {
        return List.of(
                new CounterVariant("synchronized method", SynchronizedCounter::new),
                new CounterVariant("synchronized block", SynchronizedBlockCounter::new),
                new CounterVariant("ReentrantLock", LockedCounter::new),
                new CounterVariant("AtomicLong", AtomicCounter::new),
                new CounterVariant("LongAdder", LongAdderCounter::new));
    }

    @Override
    public String toString() {
        return name;
    }
}
