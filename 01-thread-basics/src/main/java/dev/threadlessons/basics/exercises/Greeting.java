package dev.threadlessons.basics.exercises;

import java.util.function.Consumer;

/**
 * Exercise 01-1: create a thread and start it. Write {@link #startGreeter}: make a thread named
 * {@code greeter} that passes {@code "hello from " + its own name} to {@code say}, start it, and
 * return it without waiting for it.
 *
 * <p>The trap: {@code run()} runs the code at once on the calling thread; only {@code start()}
 * makes a new thread run it. Grade it with {@code mvn -pl 01-thread-basics test -Pexercises};
 * compare with the lesson's {@code FirstLook} afterwards.
 *
 * <p>Thread-safety: {@code say} is called from the new thread; it must be safe to call from there.
 */
public class Greeting {

    /** Starts a thread named {@code greeter} that says hello through {@code say}, and returns it. */
    public Thread startGreeter(Consumer<String> say) {
        // TODO: new Thread(code, "greeter"), where the code reads its own name with
        // Thread.currentThread().getName(); then start it and return it.
        throw new UnsupportedOperationException("exercise 01-1: startGreeter() is yours to write");
    }
}
