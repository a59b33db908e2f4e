package dev.threadlessons.locks.stage;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * One piece of work on its own named thread, started at once: the thread to watch while it
 * runs, and its result (or its failure) after {@link #join()}. A {@link FutureTask} catches what
 * the work throws, so the thread never dies with an uncaught exception.
 *
 * <p>Thread-safety: safe; {@link #join()} may be called from any thread, any number of times.
 * Happens-before: everything the work did happens-before {@link #join()} returns.
 *
 * @param <T> the type of the result
 */
public final class NamedTask<T> {

    private final Thread thread;
    private final FutureTask<T> task;

    private NamedTask(String name, Callable<T> work) {
        this.task = new FutureTask<>(work);
        this.thread = new Thread(task, name);
    }

    /** Starts {@code work} on a new thread called {@code name}. */
    public static <T> NamedTask<T> start(String name, Callable<T> work) {
        var started = new NamedTask<>(name, work);
        started.thread.start();
        return started;
    }

    /** The thread, to watch its state. */
    public Thread thread() {
        return thread;
    }

    /**
     * Waits for the thread to end and returns the work's result.
     *
     * @throws IllegalStateException if the work failed; the failure is its cause
     */
    public T join() throws InterruptedException {
        thread.join();
        try {
            return task.get();
        } catch (ExecutionException e) {
            throw new IllegalStateException(thread.getName() + " failed: " + e.getCause(), e.getCause());
        }
    }
}
