package dev.threadlessons.util;

/**
 * Thrown when a demo is given arguments it cannot use: an unknown option, a missing value, a
 * value that is not a number, or a count that is zero or negative. The message is one line that
 * says what was wrong and what was expected.
 */
public final class BadArgumentsException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public BadArgumentsException(String message) {
        super(message);
    }
}
