package dev.threadlessons.locks;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.LongUnaryOperator;

/**
 * A read-mostly table of named values (prices, settings, addresses) guarded by a
 * {@link ReentrantReadWriteLock}: any number of readers may hold the read lock at once, while a
 * writer needs the write lock, which it gets only when no reader and no other writer holds
 * anything. Readers never wait for each other, only for writers. Python's standard library has no
 * read-write lock; there, one {@code Lock} makes readers take turns too.
 *
 * <p>The lock here is non-fair, the default, whose Javadoc leaves the order of entry unspecified:
 * a lock that is always contended "may indefinitely postpone one or more reader or writer
 * threads". Its implementation makes a new reader wait when a writer is first in the queue, which
 * makes a starving writer unlikely, not impossible. Only a fair lock,
 * {@code new ReentrantReadWriteLock(true)}, promises that a reader waits behind any queued writer,
 * and it pays for that order in throughput. The gain over a plain lock shows only when reads are
 * many and take a while; for a quick {@code HashMap.get}, the bookkeeping can cost more than it
 * saves. Measure.
 *
 * <p>Thread-safety: thread-safe. {@code entries} is guarded by {@code lock}: read under the read
 * lock, changed only under the write lock. Happens-before: releasing the write lock
 * happens-before every later acquire of the read or the write lock.
 */
public final class ReadWriteLockedRegistry {

    /** A question asked of the entries under the read lock; the map is read-only and only valid inside. */
    @FunctionalInterface
    public interface Query<T, E extends Exception> {
        T ask(Map<String, Long> entries) throws E;
    }

    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    /** Guarded by lock: read lock to read, write lock to change. */
    private final Map<String, Long> entries = new HashMap<>();

    /** The value registered under {@code name}, if any. */
    public OptionalLong lookup(String name) {
        Objects.requireNonNull(name, "name");
        return query(map -> map.containsKey(name) ? OptionalLong.of(map.get(name)) : OptionalLong.empty());
    }

    /** How many names are registered. */
    public int size() {
        return query(Map::size);
    }

    /** Asks {@code question} of the entries while holding the read lock, with other readers. */
    public <T, E extends Exception> T query(Query<T, E> question) throws E {
        lock.readLock().lock();
        try {
            return question.ask(Collections.unmodifiableMap(entries));
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Registers {@code value} under {@code name}, replacing any value there, under the write lock. */
    public void register(String name, long value) {
        Objects.requireNonNull(name, "name");
        lock.writeLock().lock();
        try {
            entries.put(name, value);
        } finally {
            lock.writeLock().unlock();
        }
    }

    /**
     * Replaces the value under {@code name} (0 if none) by {@code change} applied to it, and returns
     * the new value: a read-modify-write, so it takes the write lock for both steps.
     */
    public long update(String name, LongUnaryOperator change) {
        Objects.requireNonNull(name, "name");
        lock.writeLock().lock();
        try {
            long updated = change.applyAsLong(entries.getOrDefault(name, 0L));
            entries.put(name, updated);
            return updated;
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** How many read holds there are now; for watching, not for deciding anything. */
    public int readersInside() {
        return lock.getReadLockCount();
    }

    /** Whether {@code thread} is waiting for this registry's read or write lock now; for watching. */
    public boolean isWaiting(Thread thread) {
        return lock.hasQueuedThread(thread);
    }
}
