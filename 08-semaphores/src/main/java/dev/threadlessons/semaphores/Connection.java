package dev.threadlessons.semaphores;

/**
 * A stand-in for a scarce resource, such as a database connection: only its name, for the output.
 *
 * <p>Thread-safety: immutable.
 *
 * @param name such as {@code conn-2}
 */
public record Connection(String name) {

    @Override
    public String toString() {
        return name;
    }
}
