package dev.threadlessons.speedup.stage;

/**
 * The highest speed-up a strategy can physically reach over running the same tasks one after
 * another, with real division. A measured speed-up above it cannot be a result: the baseline
 * ran slower than usual (other programs took the cores) or a trial ran faster than it can, so
 * the measurement was disturbed ({@link Figure#disturbed()}).
 *
 * <ul>
 *   <li><b>Waiting tasks</b> need no core while they wait: k equal waits on n threads go in
 *       ceil(k/n) waves, so the ceiling is k / ceil(k/n): 8.0x for 8 waits on 8 threads, 8/3 =
 *       2.67x on 3 threads (three waves).</li>
 *   <li><b>Computing tasks</b> need a core each: no more of them run at once than there are
 *       tasks, threads and cores, so the ceiling is the smallest of the three: 2.0x for 8 tasks
 *       on 2 cores, 2.0x for 2 tasks on 16 cores.</li>
 *   <li><b>One thread</b> does all the work, waiting or not: 1.0x. So do threads that compute
 *       Python code under the GIL, which lets one of them run at a time.</li>
 * </ul>
 *
 * <p>Thread-safety: stateless.
 */
public final class Ceiling {

    /** The ceiling of anything that runs the whole work on one thread at a time. */
    public static final double ONE_THREAD = 1.0;

    private Ceiling() {
    }

    /** {@code tasks} equal waits on {@code threads} threads: tasks / ceil(tasks / threads). */
    public static double waits(int tasks, int threads) {
        requirePositive(tasks, threads);
        int waves = (tasks + threads - 1) / threads;
        return (double) tasks / waves;
    }

    /** {@code tasks} computing tasks on {@code threads} threads and {@code cores} cores. */
    public static double computing(int tasks, int threads, int cores) {
        requirePositive(tasks, threads);
        requirePositive(cores, 1);
        return Math.min(tasks, Math.min(threads, cores));
    }

    private static void requirePositive(int one, int other) {
        if (one < 1 || other < 1) {
            throw new IllegalArgumentException("need at least 1, was " + one + " and " + other);
        }
    }
}
