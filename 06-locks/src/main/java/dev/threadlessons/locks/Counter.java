package dev.threadlessons.locks;

/**
 * A shared counter that many threads increment: the resource every counter of this lesson guards
 * in its own way, so that the demo and the tests can run them all with the same threads and work.
 *
 * <p>Thread-safety: depends on the implementation; each one says which lock guards its count.
 */
public interface Counter {

    /** Adds one. */
    void increment();

    /** The count. */
    long get();
}
