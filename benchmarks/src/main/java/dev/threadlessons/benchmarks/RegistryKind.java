package dev.threadlessons.benchmarks;

import java.util.function.Supplier;

/**
 * The locks {@link ReadMostlyBenchmark} compares on the same table, as the values of its
 * {@code lock} parameter.
 *
 * <p>Thread-safety: immutable; {@link #create()} makes a new, empty registry per call.
 */
public enum RegistryKind {

    /** Lesson 06's {@code ReadWriteLockedRegistry}: readers share, a writer is alone. */
    READ_WRITE_LOCK(Registry::readWriteLocked),
    /** The same table behind one {@code ReentrantLock}: everybody takes turns. */
    REENTRANT_LOCK(ExclusiveLockRegistry::new);

    private final Supplier<Registry> factory;

    RegistryKind(Supplier<Registry> factory) {
        this.factory = factory;
    }

    /** A new, empty registry guarded by this kind of lock. */
    public Registry create() {
        return factory.get();
    }
}
