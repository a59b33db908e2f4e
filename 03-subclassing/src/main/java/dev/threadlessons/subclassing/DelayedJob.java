package dev.threadlessons.subclassing;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import dev.threadlessons.util.NamedThreadFactory;

/**
 * Python's {@code threading.Timer} the Java way: not a {@code Thread} subclass that sleeps, but a
 * job handed to a {@link ScheduledExecutorService}, which runs it once after a delay on one of its
 * own threads, and which can cancel it until it starts ({@code timer.cancel()}).
 *
 * <p>Python's {@code Timer} is a {@code Thread} subclass (Python docs, threading, "Timer objects"):
 * one thread per timer, which waits, then calls the function unless {@code cancel()} came first
 * ("This will only work if the timer is still in its waiting stage"). Here each call also gets a thread of its
 * own, a single-thread scheduler named {@code timer-N}, ended before the call returns; one
 * scheduler could serve any number of delayed jobs with that one thread.
 *
 * <p>Thread-safety: stateless, safe from any thread. Everything the job did happens-before
 * {@code get()} returns its result ({@code Future} Javadoc, "Memory consistency effects"), so
 * {@link Ran} is safe to read.
 */
public final class DelayedJob {

    /** What the delayed job returned, the thread it ran on, and how long after scheduling it began. */
    public record Ran<T>(T result, String thread, Duration startedAfter) {
    }

    private DelayedJob() {
    }

    /** Runs {@code job} once, {@code delay} from now, and waits for its result. */
    public static <T> Ran<T> runAfter(Duration delay, Callable<T> job)
            throws InterruptedException, ExecutionException {
        var scheduler = Executors.newSingleThreadScheduledExecutor(new NamedThreadFactory("timer"));
        try {
            long scheduledAt = System.nanoTime();
            Callable<Ran<T>> timed = () -> {
                var startedAfter = Duration.ofNanos(System.nanoTime() - scheduledAt);
                return new Ran<>(job.call(), Thread.currentThread().getName(), startedAfter);
            };
            return scheduler.schedule(timed, delay.toNanos(), TimeUnit.NANOSECONDS).get();
        } finally {
            shutDownAndWait(scheduler);
        }
    }

    /**
     * Schedules {@code job} for {@code delay} from now and cancels it at once, as
     * {@code timer.cancel()} does before the timer fires. Returns whether the cancel took effect;
     * the scheduler is shut down before this returns, so a cancelled job can no longer run.
     */
    public static boolean cancelBeforeItRuns(Duration delay, Runnable job) {
        var scheduler = Executors.newSingleThreadScheduledExecutor(new NamedThreadFactory("timer"));
        try {
            return scheduler.schedule(job, delay.toNanos(), TimeUnit.NANOSECONDS).cancel(false);
        } finally {
            shutDownAndWait(scheduler);
        }
    }

    /**
     * Ends the scheduler and waits up to 10 s for its thread. Nothing is thrown from here, since it
     * runs in a {@code finally} and would hide the exception that brought us there; an interrupt
     * while waiting is kept in the thread's interrupt flag for the caller.
     */
    private static void shutDownAndWait(ScheduledExecutorService scheduler) {
        // shutdown() alone would still run delayed jobs that are due later; a Timer that was not
        // waited for should not keep the program alive, so drop them.
        scheduler.shutdownNow();
        try {
            scheduler.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
