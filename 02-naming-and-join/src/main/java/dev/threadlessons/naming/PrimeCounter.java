package dev.threadlessons.naming;

/**
 * Counts the primes in {@code [from, to)} by trial division: a piece of CPU work with a result,
 * to run on a thread of its own and read after {@code join()}.
 *
 * <p>Thread-safety: not thread-safe, on purpose: the result is a plain field, written by the
 * thread that runs the task and read by another one, and nothing but {@code join()} makes that
 * read safe. JLS 17.4.5: "All actions in a thread happen-before any other thread successfully
 * returns from a {@code join()} on that thread" (the same holds once {@code isAlive()} has
 * returned {@code false}, JLS 17.4.4). Without that edge, a read of {@code count} is a data race
 * (JLS 17.4.5: two conflicting accesses not ordered by happens-before), and it may see 0 or an
 * older value.
 *
 * <p>The guard in {@link #count()} is there so that asking too early fails loudly instead of
 * answering 0, and for that it must itself be safe to read without a join: {@code done} is
 * {@code volatile}, and the running thread writes it after {@code count}. A volatile write
 * happens-before every later read that sees it (JLS 17.4.5), so a reader that sees
 * {@code done == true} also sees the final {@code count}. With a plain {@code done}, the reader
 * could see {@code done == true} and still {@code count == 0} (JLS 17.4, the reorderings of
 * Table 17.4-A): the guard would promise nothing.
 */
public final class PrimeCounter implements Runnable {

    private final long from;
    private final long to;
    /** Written by the running thread, then published by the write of {@code done}. */
    private long count;
    /** Written by the running thread after {@code count}; volatile, so that seeing it true means seeing count. */
    private volatile boolean done;

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
        done = true;   // after count: the volatile write publishes it
    }

    /**
     * The number of primes found; ask after joining the thread that ran this task.
     *
     * @throws IllegalStateException if the counting has not finished yet
     */
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
