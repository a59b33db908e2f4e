package dev.threadlessons.races.jcstress;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE_INTERESTING;

import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.J_Result;

import dev.threadlessons.races.UnsafeCounter;

/**
 * The lost update of {@link UnsafeCounter}, left entirely to the hardware and the JIT: two actors
 * call {@code increment()} once each on a fresh counter, then the arbiter reads it. No barrier
 * holds anyone between the read and the write; jcstress runs the pair millions of times and
 * counts how often each result came out.
 *
 * <p>Thread-safety: not thread-safe, on purpose; "1" is the race this lesson is about.
 */
@JCStressTest
@Outcome(id = "2", expect = ACCEPTABLE, desc = "One increment after the other: both counted.")
@Outcome(id = "1", expect = ACCEPTABLE_INTERESTING,
        desc = "Both read 0 before either wrote: one update lost.")
@State
public class LostUpdateJcstressTest {

    private final UnsafeCounter counter = new UnsafeCounter();

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
