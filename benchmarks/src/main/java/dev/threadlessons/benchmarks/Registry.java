package dev.threadlessons.benchmarks;

import java.util.function.LongUnaryOperator;

import dev.threadlessons.locks.ReadWriteLockedRegistry;
import dev.threadlessons.locks.ReadWriteLockedRegistry.Query;

/**
 * The two operations {@link ReadMostlyBenchmark} performs on a table of named values, so that one
 * benchmark body can drive lesson 06's {@link ReadWriteLockedRegistry} and the same table behind
 * a plain lock ({@link ExclusiveLockRegistry}).
 *
 * <p>Thread-safety: every implementation is thread-safe; each says which lock guards its table.
 */
public interface Registry {

    /** Asks {@code question} of the entries, holding whatever lock a reader needs. */
    <T> T query(Query<T, RuntimeException> question);

    /** Replaces the value under {@code name} (0 if none) by {@code change} applied to it. */
    long update(String name, LongUnaryOperator change);

    /** Lesson 06's registry, as it is: readers share a read lock, a writer takes the write lock. */
    static Registry readWriteLocked() {
        var registry = new ReadWriteLockedRegistry();
        return new Registry() {
            @Override
            public <T> T query(Query<T, RuntimeException> question) {
                return registry.query(question);
            }

            @Override
            public long update(String name, LongUnaryOperator change) {
                return registry.update(name, change);
            }
        };
    }
}
