package dev.threadlessons.naming.exercises;

import java.util.List;
import java.util.function.LongSupplier;

/**
 * Exercise 02-1: start a named thread per part of a sum, wait for all of them, add up. Write
 * {@link #sum}: run each part on a thread of its own, named {@code worker-1}, {@code worker-2},
 * ... in the order of the parts; start them all, so that they are in progress together; then
 * wait for every one with {@code join()} before adding up what they computed.
 *
 * <p>Grade it: {@code mvn -pl 02-naming-and-join test -Pexercises}. Compare with
 * {@code joinSeveralWorkers} in the lesson's {@code Demo} afterwards.
 *
 * <p>Thread-safety: {@link #sum} may be called by one thread at a time.
 */
public class SumOnWorkers {

    /**
     * The sum of what {@code parts} return, each computed on a thread named {@code worker-N}.
     *
     * @throws InterruptedException if interrupted while waiting for the workers
     */
    public long sum(List<LongSupplier> parts) throws InterruptedException {
        // TODO: make a Thread per part with a name, start them all, then join them all. A worker can
        // keep its result in an array slot of its own: join() makes what it wrote visible here.
        throw new UnsupportedOperationException("exercise 02-1: sum() is yours to write");
    }
}
