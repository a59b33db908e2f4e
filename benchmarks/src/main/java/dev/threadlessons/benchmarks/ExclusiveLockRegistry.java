package dev.threadlessons.benchmarks;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongUnaryOperator;

import dev.threadlessons.locks.ReadWriteLockedRegistry;
import dev.threadlessons.locks.ReadWriteLockedRegistry.Query;

/**
 * Lesson 06's {@link ReadWriteLockedRegistry} with its read-write lock replaced by one plain
 * {@link ReentrantLock}: the same map, the same read-only view handed to queries, the same steps,
 * so that the lock is the only difference {@link ReadMostlyBenchmark} measures. Readers here take
 * turns, like everybody else, and never run side by side.
 *
 * <p>Thread-safety: thread-safe. {@code entries} is guarded by {@code lock}, for reads and writes
 * alike. Happens-before: an {@code unlock()} happens-before every later {@code lock()}.
 */
public final class ExclusiveLockRegistry implements Registry {

    private final ReentrantLock lock = new ReentrantLock();
    /** Guarded by lock. */
    private final Map<String, Long> entries = new HashMap<>();

    @Override
    public <T> T query(Query<T, RuntimeException> question) {
        lock.lock();
        try {
            return question.ask(Collections.unmodifiableMap(entries));
        } finally {
            lock.unlock();
        }
    }

    @Override
    public long update(String name, LongUnaryOperator change) {
        Objects.requireNonNull(name, "name");
        lock.lock();
        try {
            long updated = change.applyAsLong(entries.getOrDefault(name, 0L));
            entries.put(name, updated);
            return updated;
        } finally {
            lock.unlock();
        }
    }
}
