package dev.threadlessons.races.jcstress;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE_INTERESTING;

import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.III_Result;

/**
 * Check-then-act without any help: two customers withdraw 80 each from a balance of 100, each
 * checking the balance first, as {@code UnsafeAccount} does but on a plain field and without its
 * log lines and pause (which would slow every one of jcstress's millions of runs).
 *
 * <p>r1 and r2 say whether each withdrawal was approved (1) or declined (0); r3 is the balance
 * the arbiter sees after both.
 *
 * <p>Thread-safety: not thread-safe, on purpose. Nothing holds the check and the act together,
 * and {@code balance -= amount} is itself a read-modify-write that can lose an update.
 */
@JCStressTest
@Outcome(id = {"1, 0, 20", "0, 1, 20"}, expect = ACCEPTABLE,
        desc = "One withdrawal saw the other's result: one approved, one declined.")
@Outcome(id = "1, 1, -60", expect = ACCEPTABLE_INTERESTING,
        desc = "Both checked before either paid out: 160 paid from 100.")
@Outcome(id = "1, 1, 20", expect = ACCEPTABLE_INTERESTING,
        desc = "Both approved, and one payout's write overwrote the other's: an overdraft hidden by a lost update.")
@State
public class CheckThenActJcstressTest {

    private static final int AMOUNT = 80;

    /** Not guarded by anything: that is the bug. */
    private int balance = 100;

    /** The first customer. */
    @Actor
    public void first(III_Result result) {
        result.r1 = withdraw();
    }

    /** The second customer. */
    @Actor
    public void second(III_Result result) {
        result.r2 = withdraw();
    }

    /** Reads the balance after both customers have finished. */
    @Arbiter
    public void balance(III_Result result) {
        result.r3 = balance;
    }

    private int withdraw() {
        if (balance < AMOUNT) {
            return 0;
        }
        balance -= AMOUNT;
        return 1;
    }
}
