package dev.threadlessons.subclassing;

import java.util.Objects;

/**
 * The work every version in this lesson does: count the words of a text, a word being a run of
 * characters without white space. Keeping it here, apart from any thread, is the point of the
 * lesson: the work does not care which kind of thread runs it.
 *
 * <p>Thread-safety: stateless, safe from any thread.
 */
public final class Words {

    private Words() {
    }

    /** The number of words in {@code text}; {@code 0} for a blank text. */
    public static int count(String text) {
        Objects.requireNonNull(text, "text");
        String trimmed = text.strip();
        return trimmed.isEmpty() ? 0 : trimmed.split("\\s+").length;
    }
}
