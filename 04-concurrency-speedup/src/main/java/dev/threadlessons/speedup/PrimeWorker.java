package dev.threadlessons.speedup;

import java.io.PrintStream;

/**
 * The main class of a child JVM started by {@link ChildProcesses}: the Java counterpart of the
 * function a Python {@code multiprocessing.Process} runs. It counts the primes in the ranges
 * given as arguments and answers on its standard output, one line at a time:
 *
 * <pre>
 * java -cp target/classes dev.threadlessons.speedup.PrimeWorker 0-250000 500000-750000
 * ready
 * done 0 22044
 * done 1 18700
 * </pre>
 *
 * <p>{@code ready} comes first, so the parent can see how long the JVM took to start; then one
 * {@code done <argument index> <count>} per range, in order, as soon as it is counted. A bad
 * argument ends the JVM with an exception and a non-zero status, which the parent reports.
 *
 * <p>It uses no logging library on purpose: the child needs only this module's classes and
 * starts faster without them. Thread-safety: runs on the child's main thread only.
 */
public final class PrimeWorker {

    /** The first line a worker prints, as soon as its JVM runs its {@code main}. */
    public static final String READY = "ready";
    /** The start of each result line. */
    public static final String DONE = "done";

    private PrimeWorker() {
    }

    public static void main(String[] args) {
        PrintStream out = System.out;
        out.println(READY);
        out.flush();
        for (int index = 0; index < args.length; index++) {
            int[] range = parseRange(args[index]);
            out.println(DONE + " " + index + " " + PrimeRange.countPrimes(range[0], range[1]));
            out.flush();
        }
    }

    /** The argument for the range {@code [from, to)}, as {@link #main} reads it. */
    public static String argument(PrimeRange range) {
        return range.from() + "-" + range.to();
    }

    private static int[] parseRange(String argument) {
        int dash = argument.indexOf('-');
        try {
            int from = Integer.parseInt(argument.substring(0, Math.max(dash, 0)));
            int to = Integer.parseInt(argument.substring(dash + 1));
            if (dash > 0 && from >= 0 && from <= to) {
                return new int[] {from, to};
            }
        } catch (NumberFormatException e) {
            // Falls through to the one message that says what a range must look like.
        }
        throw new IllegalArgumentException("a range is FROM-TO with 0 <= FROM <= TO, was '"
                + argument + "'");
    }
}
