package dev.threadlessons.locks.jcstress;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.J_Result;

import dev.threadlessons.locks.SynchronizedBlockCounter;

/**
 * Lesson 05's lost update, run against {@link SynchronizedBlockCounter} (a synchronized block on a private lock object): two actors increment a fresh
 * counter once each, then the arbiter reads it, millions of times over.
 *
 * <p>Thread-safety: the counter is thread-safe, so "1", the lost update, is FORBIDDEN: one
 * sample of it fails the run.
 */
@JCStressTest
@Outcome(id = "2", expect = ACCEPTABLE, desc = "Both increments counted.")
@Outcome(id = "1", expect = FORBIDDEN, desc = "An update was lost: the counter is broken.")
@State
public class SynchronizedBlockCounterJcstressTest {

    private final SynchronizedBlockCounter counter = new SynchronizedBlockCounter();

    /** The first thread's increment. */
    @Actor
    public void first() {
        counter.increment();
    }

    /** The second thread's increment. */
    @Actor
    public void second() {
        counter.increment();
    }

    /** Reads the count after both actors have finished. */
    @Arbiter
    public void count(J_Result result) {
        result.r1 = counter.get();
    }
}
