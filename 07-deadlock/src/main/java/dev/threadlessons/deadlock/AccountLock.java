package dev.threadlessons.deadlock;

import java.util.Collection;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The lock of one {@link Account}: a plain {@link ReentrantLock} that also tells, for a report,
 * which thread holds it and which threads wait for it. {@code ReentrantLock} keeps both facts
 * behind protected methods; this class only makes them readable.
 *
 * <p>The JVM's own view of the same lock ({@code ThreadMXBean}, {@code jstack}) names it
 * {@code java.util.concurrent.locks.ReentrantLock$NonfairSync@<hash>}: the synchronizer inside.
 *
 * <p>Thread-safety: thread-safe, as {@code ReentrantLock} is. {@link #owner()} and
 * {@link #waiting()} are snapshots that may be stale by the time they are read; they are exact
 * for threads that are stuck, which is what a deadlock report needs.
 */
public final class AccountLock extends ReentrantLock {

    private static final long serialVersionUID = 1L;

    private final String label;

    AccountLock(String label) {
        this.label = label;
    }

    /** The thread that holds this lock now, if any. */
    public Optional<Thread> owner() {
        return Optional.ofNullable(getOwner());
    }

    /** The threads queued to acquire this lock now. */
    public Collection<Thread> waiting() {
        return getQueuedThreads();
    }

    /** {@code account-1's lock}: how the lesson's reports name it. */
    @Override
    public String toString() {
        return label;
    }
}
