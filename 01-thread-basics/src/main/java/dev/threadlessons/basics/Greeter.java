package dev.threadlessons.basics;

import java.util.Objects;
import java.util.function.Consumer;

/**
 * A task that takes arguments, the Java way of Python's
 * {@code threading.Thread(target=greet, args=("Ada", 3))}: {@link Runnable#run()} takes no
 * parameters, so the arguments become the fields of the task (here the components of a record)
 * and are fixed before the thread starts.
 *
 * <p>Thread-safety: immutable, so one instance may be handed to several threads; whether the
 * lines it writes interleave sensibly depends on {@code out}, which must be thread-safe if the
 * task runs on several threads at once (a logger is).
 *
 * <p>Happens-before: everything the creating thread did before {@code Thread.start()}, including
 * building this record, is visible to the started thread.
 *
 * @param who   whom to greet
 * @param times how many times, at least 1
 * @param out   where each greeting line goes
 */
public record Greeter(String who, int times, Consumer<String> out) implements Runnable {

    public Greeter {
        Objects.requireNonNull(who, "who");
        Objects.requireNonNull(out, "out");
        if (times < 1) {
            throw new IllegalArgumentException("times must be at least 1, was " + times);
        }
    }

    @Override
    public void run() {
        for (int i = 1; i <= times; i++) {
            out.accept("hello, " + who + " (" + i + " of " + times + ")");
        }
    }
}
