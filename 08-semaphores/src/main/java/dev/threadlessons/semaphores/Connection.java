package dev.threadlessons.semaphores;

import java.util.Objects;

/**
 * A stand-in for a scarce resource, such as a database connection: only its name, for the output.
 *
 * <p>Each connection is itself and no other: equality is identity, so a pool accepts back only the
 * very objects it lent out, not another connection that happens to have the same name. (A record
 * would compare names; its generated {@code hashCode} is also linked on first use, which made the
 * first borrow of a run take some 25 ms while every permit was free.)
 *
 * <p>Thread-safety: immutable.
 */
public final class Connection {

    private final String name;

    /** A connection called {@code name}, such as {@code conn-2}. */
    public Connection(String name) {
        this.name = Objects.requireNonNull(name, "name must not be null");
    }

    /** Its name, such as {@code conn-2}. */
    public String name() {
        return name;
    }

    @Override
    public String toString() {
        return name;
    }
}
