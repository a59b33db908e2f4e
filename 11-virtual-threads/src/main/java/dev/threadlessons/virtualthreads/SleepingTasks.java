package dev.threadlessons.virtualthreads;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicIntegerArray;

import dev.threadlessons.util.Timeline;
import dev.threadlessons.util.Timing;

/**
 * Many tasks that each wait, the way a server waits on many slow clients at once: every task
 * sleeps, then notes that it ran and whether it ran on a virtual thread.
 *
 * <p>{@link #onVirtualThreads} gives every task its own virtual thread. A virtual thread that
 * sleeps is unmounted: its stack is kept on the heap, and the few carrier threads (by default one
 * per core) run whichever virtual threads are ready. So 10,000 sleeps of 100 ms take about one
 * sleep plus the time to start the threads, with a handful of platform threads.
 * {@link #onPlatformPool} runs the same tasks on a pool of ordinary threads, each one an OS thread
 * with its own stack: at most that many sleep at once, and the tasks go in waves. Until the pool
 * has all its threads, each task submitted gets a new thread and none waits in the queue
 * ({@code ThreadPoolExecutor}'s Javadoc: "If fewer than corePoolSize threads are running, the
 * Executor always prefers adding a new thread rather than queuing"), so a pool thread that
 * finishes its first task early may find the queue empty and park until the main thread has
 * started the rest.
 *
 * <p>Not every wait unmounts a virtual thread. It stays pinned to its carrier while it blocks in
 * native code or a class initialiser, and on JDK 21 to 23 inside {@code synchronized} or
 * {@code Object.wait()} (JEP 444; JDK 24 removed those two cases, JEP 491). Some blocking calls,
 * file I/O among them, make the scheduler add a carrier for the time they take.
 *
 * <p>Only {@link #RECORDED} tasks go on the timeline, so that its chart has a row per thread and
 * stays readable: one in every {@link #sampleEvery} tasks, task 1 first, so that the sample spans
 * the whole run and a pool's waves show in it.
 *
 * <p>Thread-safety: stateless; each run makes its own executor and closes it, and
 * {@code ExecutorService.close()} returns only when every task has finished, which makes every
 * task's writes visible to the caller.
 */
public final class SleepingTasks {

    /** How many tasks, spread over the run, are recorded on the timeline. */
    public static final int RECORDED = 8;

    /**
     * What a run did.
     *
     * @param tasks               how many tasks were submitted
     * @param ranExactlyOnce      how many of them ran exactly once (all of them, if all is well)
     * @param onVirtualThreads    how many of them found themselves on a virtual thread
     * @param elapsed             the wall time of the whole run
     * @param peakPlatformThreads the most platform threads alive at once in this JVM during the run:
     *                            all of them, the JVM's own and a test framework's included, since
     *                            {@code ThreadMXBean}'s peak is one counter for the whole JVM (and
     *                            each run resets it); virtual threads are not counted
     */
    public record Outcome(int tasks, int ranExactlyOnce, int onVirtualThreads, Duration elapsed,
                          int peakPlatformThreads) {
    }

    private SleepingTasks() {
    }

    /**
     * One task in how many goes on the timeline, for a run of {@code tasks}: about a
     * {@link #RECORDED}th of them, rounded up, so that at most {@link #RECORDED} are recorded.
     */
    public static int sampleEvery(int tasks) {
        return Math.max(1, (tasks + RECORDED - 1) / RECORDED);
    }

    /** How many of {@code tasks} go on the timeline: {@link #RECORDED}, or all of them when fewer. */
    public static int sampled(int tasks) {
        int every = sampleEvery(tasks);
        return (tasks + every - 1) / every;
    }

    // tag::virtual[]
    /** {@code tasks} sleeps of {@code sleep}, each on a new virtual thread named {@code virtual-N}. */
    public static Outcome onVirtualThreads(int tasks, Duration sleep, Timeline timeline) {
        return run(tasks, sleep, timeline,
                Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("virtual-", 1).factory()));
    }
    // end::virtual[]

    // tag::platform[]
    /** The same sleeps on a fixed pool of {@code threads} platform threads named {@code platform-N}. */
    public static Outcome onPlatformPool(int tasks, Duration sleep, int threads, Timeline timeline) {
        return run(tasks, sleep, timeline,
                Executors.newFixedThreadPool(threads, Thread.ofPlatform().name("platform-", 1).factory()));
    }
    // end::platform[]

    private static Outcome run(int tasks, Duration sleep, Timeline timeline, ExecutorService executor) {
        if (tasks < 1 || sleep.isNegative()) {
            executor.close();
            throw new IllegalArgumentException("need at least 1 task and a sleep of 0 or more, was "
                    + tasks + " and " + sleep);
        }
        var runs = new AtomicIntegerArray(tasks);
        var virtual = new AtomicIntegerArray(tasks);
        var threads = ManagementFactory.getThreadMXBean();
        threads.resetPeakThreadCount();
        Duration elapsed = Timing.elapsed(() -> {
            // tag::tasks[]
            try (executor) {
                int every = sampleEvery(tasks);
                for (int task = 0; task < tasks; task++) {
                    int index = task;
                    executor.submit(() -> {
                        if (index % every == 0) {
                            timeline.run("task-" + (index + 1), () -> Thread.sleep(sleep));
                        } else {
                            Thread.sleep(sleep);
                        }
                        virtual.set(index, Thread.currentThread().isVirtual() ? 1 : 0);
                        runs.incrementAndGet(index);
                        return null;
                    });
                }
            } // close() waits until every task has ended
            // end::tasks[]
        });
        return new Outcome(tasks, count(runs), count(virtual), elapsed, threads.getPeakThreadCount());
    }

    private static int count(AtomicIntegerArray flags) {
        int ones = 0;
        for (int i = 0; i < flags.length(); i++) {
            if (flags.get(i) == 1) {
                ones++;
            }
        }
        return ones;
    }
}
