package dev.threadlessons.testing;

import java.util.regex.Pattern;

/**
 * Masks what changes from run to run in a line of demo output, so that two runs can be compared
 * by their words: durations ({@code 204 ms}, {@code 1.23 s}) become {@code <time>}, identity hash
 * codes ({@code @2cd8dea0}) become {@code @<hash>}, and every other number becomes {@code <n>}.
 *
 * <p>Thread-safety: stateless.
 */
final class Masking {

    private static final Pattern HASH = Pattern.compile("@[0-9a-f]{4,}\\b");
    private static final Pattern DURATION = Pattern.compile("\\d+(?:[.,]\\d+)?\\s?(?:ns|µs|us|ms|s)\\b");
    private static final Pattern NUMBER = Pattern.compile("\\d+(?:[.,\u00a0\u202f]\\d+)*");

    private Masking() {
    }

    static String mask(String line) {
        String masked = HASH.matcher(line).replaceAll("@<hash>");
        masked = DURATION.matcher(masked).replaceAll("<time>");
        return NUMBER.matcher(masked).replaceAll("<n>");
    }
}
