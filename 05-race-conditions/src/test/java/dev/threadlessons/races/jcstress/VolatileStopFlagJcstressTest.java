package dev.threadlessons.races.jcstress;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Mode;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.Signal;
import org.openjdk.jcstress.annotations.State;

/**
 * The stop flag fixed with {@code volatile}: the same spinner as {@link StopFlagJcstressTest}.
 *
 * <p>Thread-safety: thread-safe. Happens-before: the write to a {@code volatile} field
 * happens-before every later read of it, and the JIT may not hoist a volatile read out of the
 * loop, so the spinner must eventually see {@code true}. A STALE result would be a JVM bug.
 */
@JCStressTest(Mode.Termination)
@Outcome(id = "TERMINATED", expect = ACCEPTABLE, desc = "The spinner saw the flag and stopped.")
@Outcome(id = "STALE", expect = FORBIDDEN, desc = "A volatile write must become visible to the reader.")
@State
public class VolatileStopFlagJcstressTest {

    // tag::flag[]
    /** Volatile: the fix. */
    private volatile boolean stop;

    /** The spinner: busy until it sees the flag. */
    @Actor
    public void spin() {
        while (!stop) {
            // Spin: each turn reads the volatile field again.
        }
    }

    /** The stop request, sent from another thread. */
    @Signal
    public void requestStop() {
        stop = true;
    }
    // end::flag[]
}
