package dev.threadlessons.util;

import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Gives the threads of an {@code ExecutorService} names that say what they are for:
 * {@code pool-1}, {@code pool-2}, ... instead of the default {@code pool-3-thread-1}. This is how
 * an executor's threads are customised: by handing it a factory, not by subclassing. The threads
 * are non-daemon, as with the JDK's default factory, so the executor must be shut down.
 *
 * <p>Thread-safety: thread-safe; an executor may ask for threads from several threads at once,
 * and the {@link AtomicInteger} hands out each number once.
 */
public final class NamedThreadFactory implements ThreadFactory {

    private final String prefix;
    private final AtomicInteger created = new AtomicInteger();

    /** Threads will be called {@code prefix-1}, {@code prefix-2}, ... */
    public NamedThreadFactory(String prefix) {
        if (prefix == null || prefix.isBlank()) {
            throw new IllegalArgumentException("a thread name prefix must not be blank");
        }
        this.prefix = prefix;
    }

    @Override
    public Thread newThread(Runnable task) {
        var thread = new Thread(task, prefix + "-" + created.incrementAndGet());
        // Like the JDK's default factory: not a daemon, whatever the thread asking for it is.
        thread.setDaemon(false);
        return thread;
    }
}
