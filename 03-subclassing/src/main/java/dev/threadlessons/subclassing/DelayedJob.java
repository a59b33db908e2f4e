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
 * <p>Each call uses its own single-thread scheduler, named {@code timer-N}, and shuts it down
 * before returning, so no thread outlives the call.
 *
 * <p>Thread-safety: stateless, safe from any thread. Everything the job did happens-before
 * {@code get()} returns its result (a {@code Future} guarantee), so {@link Ran} is safe to read.
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
     * the scheduler has ended when this returns, so a cancelled job can no longer run.
     */
    public static boolean cancelBeforeItRuns(Duration delay, Runnable job) throws InterruptedException {
        var scheduler = Executors.newSingleThreadScheduledExecutor(new NamedThreadFactory("timer"));
        try {
            return scheduler.schedule(job, delay.toNanos(), TimeUnit.NANOSECONDS).cancel(false);
        } finally {
            shutDownAndWait(scheduler);
        }
    }

    private static void shutDownAndWait(ScheduledExecutorService scheduler) throws InterruptedException {
        // shutdown() alone would still run delayed jobs that are due later; a Timer that was not
        // waited for should not keep the program alive, so drop them.
        scheduler.shutdownNow();
        if (!scheduler.awaitTermination(10, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the timer thread did not end within 10 s");
        }
    }
}
