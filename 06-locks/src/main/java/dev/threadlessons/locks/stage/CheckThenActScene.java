package dev.threadlessons.locks.stage;

import java.time.Duration;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.threadlessons.locks.Account;
import dev.threadlessons.util.ThreadRow;
import dev.threadlessons.util.Timeline;

/**
 * Lesson 05's overdraft, replayed against an account: {@code customer-1} withdraws 80 of 100 and
 * is held between its check and its act; then {@code customer-2} tries the same. Without a lock
 * customer-2 walks through the gap and both are paid; with one, customer-2 waits for the lock
 * customer-1 holds, and checks the balance only after customer-1 has paid out.
 *
 * <p>Every step waits for the one before (a latch, then the JVM's view of who waits for whom), so
 * the scene plays the same way every run. Each withdrawal is a {@link Timeline} task named
 * {@value #TASK}, so that a Flight Recorder recording of the scene draws it beside the waits.
 *
 * <p>Thread-safety: stateless; each {@link #play} has its own account and threads.
 */
public final class CheckThenActScene {

    private static final Logger LOG = LoggerFactory.getLogger(CheckThenActScene.class);

    /** What each customer asks for. */
    public static final long WITHDRAWAL = 80;
    /** What the account holds to start with. */
    public static final long OPENING_BALANCE = 100;

    /** The name of each customer's withdrawal in a recording of the scene. */
    public static final String TASK = "withdraw " + WITHDRAWAL;

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    /**
     * What happened.
     *
     * @param paidOut  what the two customers were paid together
     * @param balance  the balance afterwards
     * @param waitedAs customer-2's state while customer-1 was inside: BLOCKED, WAITING, or
     *                 TERMINATED when it did not wait at all
     */
    public record Outcome(long paidOut, long balance, Thread.State waitedAs) {
    }

    private CheckThenActScene() {
    }

    /** Plays the scene against the account that {@code accountWithWindow} makes around the window. */
    public static Outcome play(Function<RaceWindow, Account> accountWithWindow) throws InterruptedException {
        var window = new HoldFirstArrival();
        Account account = accountWithWindow.apply(window);
        var timeline = new Timeline();
        NamedTask<Boolean> first = NamedTask.start("customer-1",
                () -> timeline.record(TASK, () -> account.withdraw(WITHDRAWAL)));
        NamedTask<Boolean> second = null;
        Thread.State waitedAs;
        try {
            window.awaitArrival(TIMEOUT);
            LOG.info("customer-1 is between its check and its act; customer-2 arrives");
            second = NamedTask.start("customer-2",
                    () -> timeline.record(TASK, () -> account.withdraw(WITHDRAWAL)));
            ThreadRow row = LockWatch.awaitWaitingForOrDone(second.thread(), first.thread(), TIMEOUT);
            waitedAs = row.state();
            if (waitedAs == Thread.State.TERMINATED) {
                LOG.info("customer-2 did not wait: it went through while customer-1 was inside");
            } else {
                LOG.info("customer-2 is {} on {}, held by {}", waitedAs, row.lockName(), row.lockOwner());
            }
        } finally {
            window.release();
            first.thread().join();
            if (second != null) {
                second.thread().join();
            }
        }
        long paidOut = (first.join() ? WITHDRAWAL : 0) + (second.join() ? WITHDRAWAL : 0);
        return new Outcome(paidOut, account.balance(), waitedAs);
    }
}
