package dev.threadlessons.testing;

/**
 * One line a demo logged: the name of the thread that logged it, and the message.
 *
 * @param thread  the thread's name at the moment it logged
 * @param message the message with its arguments filled in
 */
public record LogLine(String thread, String message) {

    @Override
    public String toString() {
        return "[" + thread + "] " + message;
    }
}
