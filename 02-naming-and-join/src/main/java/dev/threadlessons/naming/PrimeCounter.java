package dev.threadlessons.naming;

/**
 * Counts the primes in {@code [from, to)} by trial division: a piece of CPU work with a result,
 * to run on a thread of its own and read after {@code join()}.
 *
 * <p>Thread-safety: not thread-safe, on purpose. The result lives in plain fields, written by the
 * thread that runs the task and read by another one. That is safe only because the reader first
 * calls {@code join()} on the thread that ran it: everything a thread does happens-before another
 * thread's {@code join()} on it returns. Reading {@link #count()} while the task runs is a data
 * race; the reader may see no result, or a stale one.
 */
public final class PrimeCounter implements Runnable {

    private final long from;
    private final long to;
    /** Written by the running thread; read after join. */
    private long count;
    /** Written by the running thread after {@code count}; read after join. */
    private boolean done;

    /** A counter for {@code [from, to)}; {@code 0 <= from <= to}. */
    public PrimeCounter(long from, long to) {
        if (from < 0 || to < from) {
            throw new IllegalArgumentException("need 0 <= from <= to, was from=" + from + " to=" + to);
        }
        this.from = from;
        this.to = to;
    }

    @Override
    public void run() {
        long found = 0;
        for (long n = from; n < to; n++) {
            if (isPrime(n)) {
                found++;
            }
        }
        count = found;
        done = true;
    }

    /** The number of primes found; ask only after joining the thread that ran this task. */
    public long count() {
        if (!done) {
            throw new IllegalStateException("count() asked before the counting finished; join the thread first");
        }
        return count;
    }

    /** Whether {@code n} is prime, by trial division with odd numbers up to its square root. */
    static boolean isPrime(long n) {
        if (n < 2) {
            return false;
        }
        if (n % 2 == 0) {
            return n == 2;
        }
        for (long d = 3; d * d <= n; d += 2) {
            if (n % d == 0) {
                return false;
            }
        }
        return true;
    }
}
