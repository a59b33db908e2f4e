package dev.threadlessons.util;

import java.time.Duration;

/**
 * Runs a piece of work and measures its wall-clock time with {@link System#nanoTime()}.
 *
 * <p>Wall time is what a person waiting for the work sees: it includes time spent sleeping,
 * waiting for locks and waiting for other threads, which is exactly what the lessons compare.
 *
 * <p>Thread-safety: stateless, safe from any thread.
 */
public final class Timing {

    /** Work that returns a value and may throw a checked exception, such as {@code InterruptedException}. */
    @FunctionalInterface
    public interface Task<T, E extends Exception> {
        T run() throws E;
    }

    /** Work that returns nothing and may throw a checked exception. */
    @FunctionalInterface
    public interface Action<E extends Exception> {
        void run() throws E;
    }

    /** A result together with the wall time it took to compute. */
    public record Timed<T>(T result, Duration elapsed) {
    }

    private Timing() {
    }

    /** Runs {@code task} on the calling thread and returns its result with its wall time. */
    public static <T, E extends Exception> Timed<T> timed(Task<T, E> task) throws E {
        long start = System.nanoTime();
        T result = task.run();
        return new Timed<>(result, Duration.ofNanos(System.nanoTime() - start));
    }

    /** Runs {@code action} on the calling thread and returns its wall time. */
    public static <E extends Exception> Duration elapsed(Action<E> action) throws E {
        long start = System.nanoTime();
        action.run();
        return Duration.ofNanos(System.nanoTime() - start);
    }
}
