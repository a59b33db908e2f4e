package dev.threadlessons.speedup.stage;

import java.time.Duration;

import dev.threadlessons.util.CommandLine;
import dev.threadlessons.util.ScenePictures;

/**
 * What the demo runs: how many tasks, how heavy, on how many threads and processes, how many
 * measured runs, and which parts. {@link #CLI} declares the options once, with their defaults,
 * limits and usage text.
 *
 * <p>Thread-safety: immutable.
 *
 * @param tasks     the number of jobs in each workload
 * @param threads   the threads of the I/O pool
 * @param ioWait    how long each I/O-bound job waits
 * @param cpuWork   the CPU-bound workload counts the primes below this number
 * @param chunks    the chunks of each CPU-bound job when jobs take turns on one thread
 * @param processes the most child JVMs the process strategy starts
 * @param runs      the measured runs of every strategy, after one warm-up; the median counts
 * @param only      which part runs: {@code all}, {@code io}, {@code cpu}, {@code turns},
 *                  {@code processes} or {@code python}
 */
public record SpeedupOptions(int tasks, int threads, Duration ioWait, int cpuWork, int chunks,
                             int processes, int runs, String only) {

    /** The number of cores the JVM may use (it follows the CPU affinity, as with {@code taskset}). */
    public static final int CORES = Runtime.getRuntime().availableProcessors();
    /** The most child JVMs the demo allows, and its default on a machine with more cores. */
    static final int MAX_PROCESSES = 64;

    /** The demo's options and their defaults. */
    public static final CommandLine CLI = ScenePictures.declare(CommandLine.forLesson("04-concurrency-speedup")
            .range("tasks", 8, 1, 1_000, "number of tasks in each workload")
            .range("threads", 8, 1, 1_000, "threads in the I/O-bound pool")
            .range("io-millis", 50, 1, 10_000, "how long each I/O-bound task waits, in ms")
            .range("cpu-work", 2_500_000, 1, Integer.MAX_VALUE, "CPU-bound: count the primes below N")
            .range("chunks", 4, 1, 1_000, "chunks per task when tasks take turns on one thread")
            .range("processes", Math.min(CORES, MAX_PROCESSES), 1, MAX_PROCESSES,
                    "most child JVMs for the CPU-bound work (default: one per core)")
            .range("runs", 3, 1, 9, "measured runs of each strategy after a warm-up; the median counts")
            .choice("only", "all", "which part runs", "all", "io", "cpu", "turns", "processes", "python"))
            .build();

    /** The options out of already parsed arguments. */
    public static SpeedupOptions from(CommandLine.Arguments arguments) {
        return new SpeedupOptions(arguments.intValue("tasks"), arguments.intValue("threads"),
                Duration.ofMillis(arguments.longValue("io-millis")), arguments.intValue("cpu-work"),
                arguments.intValue("chunks"), arguments.intValue("processes"), arguments.intValue("runs"),
                arguments.value("only"));
    }

    /** Whether {@code part} is to run. */
    public boolean runs(String part) {
        return only.equals("all") || only.equals(part);
    }
}
