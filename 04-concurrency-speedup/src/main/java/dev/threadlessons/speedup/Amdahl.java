package dev.threadlessons.speedup;

/**
 * Amdahl's law: if a fraction p of a program's work can run in parallel and the rest cannot,
 * then on n cores it runs at most {@code 1 / ((1 - p) + p / n)} times faster. With p = 0.95 that
 * is 1.9x on 2 cores, 5.9x on 8 cores, and never more than 20x however many cores there are.
 *
 * <p>Read backwards, a measured speedup tells how much of the run was in effect parallel.
 *
 * <p>Thread-safety: stateless.
 */
public final class Amdahl {

    private Amdahl() {
    }

    /** The best speedup on {@code workers} cores when a fraction {@code parallel} of the work is parallel. */
    public static double speedup(double parallel, int workers) {
        if (parallel < 0 || parallel > 1 || workers < 1) {
            throw new IllegalArgumentException("need 0 <= parallel <= 1 and workers >= 1, was "
                    + parallel + " and " + workers);
        }
        return 1 / ((1 - parallel) + parallel / workers);
    }

    /**
     * The parallel fraction that explains a measured {@code speedup} on {@code workers} cores:
     * {@code p = (1 - 1/speedup) / (1 - 1/workers)}, kept within 0 and 1 since a noisy
     * measurement can fall outside.
     */
    public static double parallelFraction(double speedup, int workers) {
        if (speedup <= 0 || workers < 2) {
            throw new IllegalArgumentException("need a positive speedup and at least 2 workers, was "
                    + speedup + " and " + workers);
        }
        double fraction = (1 - 1 / speedup) / (1 - 1.0 / workers);
        return Math.max(0, Math.min(1, fraction));
    }
}
