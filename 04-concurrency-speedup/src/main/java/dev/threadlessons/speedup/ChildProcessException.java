package dev.threadlessons.speedup;

/**
 * A child JVM of {@link ChildProcesses} failed: it did not answer in time (and was destroyed),
 * ended with a non-zero status, or printed something other than the answers it was asked for.
 * The message names the child and quotes the last lines it printed.
 */
public final class ChildProcessException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ChildProcessException(String message) {
        super(message);
    }

    public ChildProcessException(String message, Throwable cause) {
        super(message, cause);
    }
}
