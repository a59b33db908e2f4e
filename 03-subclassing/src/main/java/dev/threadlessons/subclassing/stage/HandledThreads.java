package dev.threadlessons.subclassing.stage;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.threadlessons.util.NamedThreadFactory;

/**
 * A thread factory for the demo's failing pool: names its threads {@code prefix-1},
 * {@code prefix-2}, ... and gives each an uncaught-exception handler that logs the exception and
 * keeps a note of it, so that the demo can say which failures reached a handler and which did not.
 *
 * <p>It also keeps {@code mvn exec:java} going: there, an exception that ends a thread with no
 * handler of its own fails the whole Maven run.
 *
 * <p>Thread-safety: thread-safe. The handler runs on the dying thread; the notes are in a
 * {@link CopyOnWriteArrayList}, and each release of the {@link Semaphore} happens-before the
 * acquire that it lets through, so a caller of {@link #awaitCaught} sees the note.
 */
public final class HandledThreads implements ThreadFactory {

    private static final Logger LOG = LoggerFactory.getLogger(HandledThreads.class);

    /** One exception that reached the handler, and the thread it ended. */
    public record Caught(String thread, Throwable exception) {
    }

    private final NamedThreadFactory names;
    private final List<Caught> caught = new CopyOnWriteArrayList<>();
    private final Semaphore arrivals = new Semaphore(0);

    /** Threads will be called {@code prefix-1}, {@code prefix-2}, ... */
    public HandledThreads(String prefix) {
        this.names = new NamedThreadFactory(prefix);
    }

    @Override
    public Thread newThread(Runnable task) {
        Thread thread = names.newThread(task);
        thread.setUncaughtExceptionHandler((dying, exception) -> {
            LOG.info("uncaught {} reached the handler; [{}] ends", exception, dying.getName());
            caught.add(new Caught(dying.getName(), exception));
            arrivals.release();
        });
        return thread;
    }

    /** The exceptions that reached the handler so far, in order. */
    public List<Caught> caught() {
        return List.copyOf(caught);
    }

    /** Waits until {@code count} more exceptions have reached the handler, {@code timeout} at most. */
    public boolean awaitCaught(int count, Duration timeout) throws InterruptedException {
        return arrivals.tryAcquire(count, timeout.toNanos(), TimeUnit.NANOSECONDS);
    }
}
