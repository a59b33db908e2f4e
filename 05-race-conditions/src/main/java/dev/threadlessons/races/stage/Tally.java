package dev.threadlessons.races.stage;

/**
 * The outcome of a counting race: how many increments were made, and what the counter says.
 *
 * <p>Thread-safety: immutable.
 *
 * @param expected how many increments the threads made together
 * @param actual   the counter's value once they had all been joined
 */
public record Tally(long expected, long actual) {

    /** How many increments left no trace. */
    public long lost() {
        return expected - actual;
    }

    /** {@code expected 400000, got 213456 - 186544 updates lost}, or {@code ... - none lost}. */
    public String describe() {
        return "expected " + expected + ", got " + actual
                + (lost() == 0 ? " - none lost" : " - " + lost() + (lost() == 1 ? " update lost" : " updates lost"));
    }
}
