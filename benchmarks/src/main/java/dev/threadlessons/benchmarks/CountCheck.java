package dev.threadlessons.benchmarks;

import java.util.Locale;

/**
 * What a throughput number alone cannot tell: whether the counter kept every increment the
 * threads made, and how evenly the threads shared the work. A guarded counter keeps all of them;
 * {@link UnsynchronizedCounter} shared by several threads does not, which is why its speed is
 * worth nothing. An unfair lock can let one thread make most of the increments while the others
 * sleep, which flatters throughput; a fair lock evens the shares out, and pays for it.
 *
 * <p>Thread-safety: immutable.
 *
 * @param subject which counter on how many threads, such as {@code "LONG_ADDER on 2 threads"}
 * @param made    increments the benchmark threads made, counted by each thread for itself
 * @param counted what the counter said once every thread had finished
 * @param fewest  the fewest increments one thread made
 * @param most    the most increments one thread made
 */
public record CountCheck(String subject, long made, long counted, long fewest, long most) {

    /** Increments that left no trace. */
    public long lost() {
        return made - counted;
    }

    /** One line for the benchmark's output. */
    public String describe() {
        String verdict = lost() == 0
                ? "none lost"
                : String.format(Locale.ROOT, "%,d lost (%.1f%%)", lost(), 100.0 * lost() / made);
        String shares = fewest == most
                ? ""
                : String.format(Locale.ROOT, "; per thread from %,d to %,d", fewest, most);
        return String.format(Locale.ROOT, "%s: %,d increments made, %,d counted, %s%s",
                subject, made, counted, verdict, shares);
    }
}
