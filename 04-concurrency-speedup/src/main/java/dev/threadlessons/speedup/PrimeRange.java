package dev.threadlessons.speedup;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;

/**
 * A CPU-bound job: count the primes in {@code [from, to)} by trial division. It never waits for
 * anything; the only way to finish several of them sooner is to run them on several cores at
 * once. The answer is easy to check (there are 78498 primes below one million), so every
 * strategy can be held to the same result.
 *
 * <p>{@link #split(int, int, int)} cuts "the primes below {@code limit}" into equal ranges, one
 * per task. The ranges hold the same count of numbers but not the same amount of work: large
 * numbers take longer to test than small ones, so the last range is the slowest.
 *
 * <p>This class uses nothing but the JDK, so that a child JVM can run it with only this
 * module's classes on its classpath (see {@link PrimeWorker}).
 *
 * <p>Thread-safety: immutable.
 *
 * @param name   the job's name, such as {@code primes-3}
 * @param from   the first number tested, at least 0
 * @param to     one past the last number tested, at least {@code from}
 * @param chunks how many equal sub-ranges {@link #runChunk(int)} offers, at least 1
 */
public record PrimeRange(String name, int from, int to, int chunks) implements Job {

    /** How often the counting loop checks whether its thread was interrupted; a power of two. */
    static final int POLL_EVERY = 1 << 12;

    public PrimeRange {
        if (from < 0 || to < from) {
            throw new IllegalArgumentException("need 0 <= from <= to, was [" + from + ", " + to + ")");
        }
        if (chunks < 1) {
            throw new IllegalArgumentException("chunks must be at least 1, was " + chunks);
        }
    }

    /** {@code tasks} ranges that together cover {@code [0, limit)} without gaps or overlaps. */
    public static List<PrimeRange> split(int limit, int tasks, int chunksPerTask) {
        if (limit < 0 || tasks < 1) {
            throw new IllegalArgumentException("need limit >= 0 and tasks >= 1, was " + limit
                    + " and " + tasks);
        }
        var ranges = new ArrayList<PrimeRange>(tasks);
        for (int task = 0; task < tasks; task++) {
            ranges.add(new PrimeRange("primes-" + (task + 1), boundary(limit, task, tasks),
                    boundary(limit, task + 1, tasks), chunksPerTask));
        }
        return ranges;
    }

    /**
     * The number of primes in {@code [from, to)}. Java cannot stop a thread from outside: an
     * interrupt only sets a flag, and a computing loop must look at it. This one does, every
     * {@value #POLL_EVERY} numbers, and gives up with a {@link CancellationException}.
     */
    public static long countPrimes(int from, int to) {
        long count = 0;
        for (int n = from; n < to; n++) {
            if ((n & (POLL_EVERY - 1)) == 0 && Thread.currentThread().isInterrupted()) {
                throw new CancellationException("interrupted while counting the primes in [" + from + ", " + to + ")");
            }
            if (isPrime(n)) {
                count++;
            }
        }
        return count;
    }

    /** Whether {@code n} is prime, by trial division with odd divisors up to its square root. */
    public static boolean isPrime(int n) {
        if (n < 2) {
            return false;
        }
        if (n % 2 == 0) {
            return n == 2;
        }
        int root = (int) Math.sqrt(n);
        for (int divisor = 3; divisor <= root; divisor += 2) {
            if (n % divisor == 0) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int chunkCount() {
        return chunks;
    }

    @Override
    public long runChunk(int chunk) {
        if (chunk < 0 || chunk >= chunks) {
            throw new IndexOutOfBoundsException("chunk " + chunk + " of " + chunks);
        }
        int length = to - from;
        return countPrimes(from + boundary(length, chunk, chunks),
                from + boundary(length, chunk + 1, chunks));
    }

    /** Counts the whole range; no chunking, and no {@code InterruptedException} to handle. */
    @Override
    public long run() {
        return countPrimes(from, to);
    }

    /** The start of part {@code part} when {@code length} numbers are cut into {@code parts}. */
    private static int boundary(int length, int part, int parts) {
        return (int) ((long) length * part / parts);
    }
}
