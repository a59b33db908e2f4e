package dev.threadlessons.speedup.stage;

import java.lang.management.ManagementFactory;
import java.util.Locale;

/**
 * One measured speed-up beside its {@link Ceiling}, as the demo prints it:
 * {@code speed-up 1.9x, ceiling 2.0x}. Both are compared as printed, to one decimal, so a
 * speed-up of 2.04x on 2 cores reads 2.0x and is within its ceiling; one that prints above its
 * ceiling is {@linkplain #disturbed() disturbed} and is printed as such, with the load, never as a
 * result.
 *
 * <p>Thread-safety: immutable.
 *
 * @param strategy what was measured, such as {@code a thread per task}
 * @param speedup  how many times faster than one after another it ran
 * @param ceiling  the most it could be
 */
public record Figure(String strategy, double speedup, double ceiling) {

    /** The words that mark a disturbed measurement in the output. */
    public static final String DISTURBED = "DISTURBED";

    /** Whether the speed-up, as printed, is above its ceiling, as printed. */
    public boolean disturbed() {
        return asPrinted(speedup) > asPrinted(ceiling);
    }

    /** Whether the speed-up, as printed, is its ceiling, as printed. */
    public boolean atCeiling() {
        return asPrinted(speedup) == asPrinted(ceiling);
    }

    /** {@code x} rounded as {@code %.1f} prints it, so that what is compared is what is read. */
    private static double asPrinted(double x) {
        return Double.parseDouble(String.format(Locale.ROOT, "%.1f", x));
    }

    /** {@code speed-up 1.9x, ceiling 2.0x}, and for a disturbed one what it means and the load. */
    public String describe() {
        String figure = String.format(Locale.ROOT, "speed-up %.1fx, ceiling %.1fx", speedup, ceiling);
        return disturbed()
                ? figure + ": " + DISTURBED + " (above what is possible, so not a result; " + load() + ")"
                : figure;
    }

    /** {@code load average 0.6 on 2 cores}: how busy the machine is now, from the OS. */
    public static String load() {
        double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        return load < 0 ? "load average unknown"
                : String.format(Locale.ROOT, "load average %.1f on %s", load, cores(SpeedupOptions.CORES));
    }

    /** {@code 1 core}, {@code 2 cores}. */
    public static String cores(int cores) {
        return count(cores, "core");
    }

    /** {@code 1 CPU}, {@code 2 CPUs}: {@code n} and the word, plural unless n is 1. */
    public static String count(int n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }

    /** Whether other programs keep at least half of the cores busy. */
    public static boolean busy() {
        double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        return load >= SpeedupOptions.CORES / 2.0;
    }
}
