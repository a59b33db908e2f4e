package dev.threadlessons.util;

import java.time.Duration;
import java.util.Locale;

/**
 * Formats durations for people: {@code 1.23 s}, {@code 250 ms}, {@code 12.5 µs}, {@code 80 ns}.
 * Three significant digits are enough to compare two strategies by eye.
 *
 * <p>Thread-safety: stateless, safe from any thread.
 */
public final class Durations {

    private Durations() {
    }

    /** A short human-readable form of {@code duration}, which must not be negative. */
    public static String format(Duration duration) {
        if (duration.isNegative()) {
            throw new IllegalArgumentException("duration must not be negative: " + duration);
        }
        long nanos = duration.toNanos();
        if (nanos < 1_000) {
            return nanos + " ns";
        }
        if (nanos < 1_000_000) {
            return threeDigits(nanos / 1e3) + " µs";
        }
        if (nanos < 1_000_000_000) {
            return threeDigits(nanos / 1e6) + " ms";
        }
        return threeDigits(nanos / 1e9) + " s";
    }

    /** How many times faster {@code faster} was than {@code baseline}, as in {@code 3.9x}. */
    public static String speedup(Duration baseline, Duration faster) {
        if (faster.isZero() || faster.isNegative()) {
            throw new IllegalArgumentException("duration must be positive: " + faster);
        }
        double ratio = (double) baseline.toNanos() / faster.toNanos();
        return String.format(Locale.ROOT, "%.1fx", ratio);
    }

    private static String threeDigits(double value) {
        if (value >= 100) {
            return String.format(Locale.ROOT, "%.0f", value);
        }
        if (value >= 10) {
            return String.format(Locale.ROOT, "%.1f", value);
        }
        return String.format(Locale.ROOT, "%.2f", value);
    }
}
