package dev.threadlessons.benchmarks;

import java.util.Locale;

/**
 * The check a throughput number alone cannot make: how many increments the threads made, and how
 * many the counter kept. A guarded counter keeps all of them; {@link UnsynchronizedCounter}
 * shared by several threads does not, which is why its speed is worth nothing.
 *
 * <p>Thread-safety: immutable.
 *
 * @param subject which counter on how many threads, such as {@code "LONG_ADDER on 2 threads"}
 * @param made    increments the benchmark threads made, counted by each thread for itself
 * @param counted what the counter said once every thread had finished
 */
public record LostUpdates(String subject, long made, long counted) {

    /** Increments that left no trace. */
    public long lost() {
        return made - counted;
    }

    /** One line for the benchmark's output, such as {@code "... 1,234 lost (12.3%)"}. */
    public String describe() {
        if (lost() == 0) {
            return String.format(Locale.ROOT, "%s: %,d increments made, %,d counted, none lost",
                    subject, made, counted);
        }
        double percent = made == 0 ? 0 : 100.0 * lost() / made;
        return String.format(Locale.ROOT, "%s: %,d increments made, %,d counted, %,d lost (%.1f%%)",
                subject, made, counted, lost(), percent);
    }
}
