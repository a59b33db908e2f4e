package dev.threadlessons.speedup;

import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Names the threads of a pool {@code prefix-1}, {@code prefix-2}, ... so that the log and the
 * timeline say which pool a line came from ({@code Executors}' default is {@code pool-3-thread-1}).
 *
 * <p>Thread-safety: safe for concurrent use; the counter is atomic.
 */
public final class NamedThreads implements ThreadFactory {

    private final String prefix;
    private final AtomicInteger created = new AtomicInteger();

    public NamedThreads(String prefix) {
        this.prefix = prefix;
    }

    @Override
    public Thread newThread(Runnable work) {
        return new Thread(work, prefix + "-" + created.incrementAndGet());
    }
}
