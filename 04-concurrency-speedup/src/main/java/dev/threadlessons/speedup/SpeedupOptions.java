package dev.threadlessons.speedup;

import java.time.Duration;

import dev.threadlessons.util.CommandLine;

/**
 * What the demo runs: how many tasks, how heavy, on how many threads and processes, and which
 * parts. {@link #CLI} declares the options once, with their defaults, limits and usage text.
 *
 * <p>Thread-safety: immutable.
 *
 * @param tasks     the number of jobs in each workload
 * @param threads   the threads of the I/O pool
 * @param ioWait    how long each I/O-bound job waits
 * @param cpuWork   the CPU-bound workload counts the primes below this number
 * @param chunks    the chunks of each CPU-bound job when jobs take turns on one thread
 * @param processes the child JVMs of the process strategy
 * @param only      which part runs: {@code all}, {@code io}, {@code cpu}, {@code turns} or {@code processes}
 */
public record SpeedupOptions(int tasks, int threads, Duration ioWait, int cpuWork, int chunks,
                             int processes, String only) {

    /** The number of cores the JVM may use. */
    public static final int CORES = Runtime.getRuntime().availableProcessors();

    /** The demo's options and their defaults. */
    public static final CommandLine CLI = CommandLine.forLesson("04-concurrency-speedup")
            .range("tasks", 8, 1, 1_000, "number of tasks in each workload")
            .range("threads", 8, 1, 1_000, "threads in the I/O-bound pool")
            .range("io-millis", 150, 1, 10_000, "how long each I/O-bound task waits, in ms")
            .range("cpu-work", 6_000_000, 1, Integer.MAX_VALUE, "CPU-bound: count the primes below N")
            .range("chunks", 4, 1, 1_000, "chunks per task when tasks take turns on one thread")
            .range("processes", CORES, 1, 64, "child JVMs for the CPU-bound work")
            .choice("only", "all", "which part runs", "all", "io", "cpu", "turns", "processes")
            .build();

    /** The options out of already parsed arguments. */
    public static SpeedupOptions from(CommandLine.Arguments arguments) {
        return new SpeedupOptions(arguments.intValue("tasks"), arguments.intValue("threads"),
                Duration.ofMillis(arguments.longValue("io-millis")), arguments.intValue("cpu-work"),
                arguments.intValue("chunks"), arguments.intValue("processes"), arguments.value("only"));
    }

    /** Whether {@code part} is to run. */
    public boolean runs(String part) {
        return only.equals("all") || only.equals(part);
    }
}
