package dev.threadlessons.races.jcstress;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE_INTERESTING;

import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Mode;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.Signal;
import org.openjdk.jcstress.annotations.State;

/**
 * The stop flag of the README's visibility section, without {@code volatile}: the actor spins
 * until it sees {@code stop}, and jcstress's signal sets it. Nothing orders the write before the
 * read (no happens-before), so the JIT may read the field once and spin on that value forever.
 * jcstress reports a spinner that has not stopped within its time limit as STALE.
 *
 * <p>Thread-safety: not thread-safe, on purpose. {@link VolatileStopFlagJcstressTest} is the fix.
 */
@JCStressTest(Mode.Termination)
@Outcome(id = "TERMINATED", expect = ACCEPTABLE, desc = "The spinner saw the flag and stopped.")
@Outcome(id = "STALE", expect = ACCEPTABLE_INTERESTING,
        desc = "The spinner never saw the flag: it kept reading a stale false.")
@State
public class StopFlagJcstressTest {

    // tag::flag[]
    /** Not volatile: that is the bug. */
    private boolean stop;

    /** The spinner: busy until it sees the flag. */
    @Actor
    public void spin() {
        while (!stop) {
            // Spin: the loop body is empty so that nothing in it happens to publish the flag.
        }
    }

    /** The stop request, sent from another thread. */
    @Signal
    public void requestStop() {
        stop = true;
    }
    // end::flag[]
}
