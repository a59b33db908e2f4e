package dev.threadlessons.locks.stage;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import dev.threadlessons.locks.LockedAccount;

/**
 * A customer empties a {@link LockedAccount} with {@code withdrawAll()}, which holds the lock and
 * calls {@code withdraw()}, which takes it again. With a non-reentrant lock (Python's
 * {@code threading.Lock}) the thread would wait for itself forever; a {@code ReentrantLock} (like
 * Python's {@code RLock}) counts, and the race window inside {@code withdraw} sees the count at 2.
 *
 * <p>Thread-safety: stateless; each {@link #play} has its own account and thread.
 */
public final class ReentrancyScene {

    /**
     * What happened.
     *
     * @param paidOut        what {@code withdrawAll()} paid out
     * @param holdCountInside how many times the customer held the lock inside {@code withdraw}
     * @param holdCountAfter  how many times it held the lock once {@code withdrawAll()} had returned
     */
    public record Outcome(long paidOut, int holdCountInside, int holdCountAfter) {
    }

    private ReentrancyScene() {
    }

    /** Plays the scene once. */
    public static Outcome play() throws InterruptedException {
        var holdCountInside = new AtomicInteger(-1);
        var accountRef = new AtomicReference<LockedAccount>();
        var account = new LockedAccount(100, () -> holdCountInside.set(accountRef.get().holdCount()));
        accountRef.set(account);
        return NamedTask.start("customer", () -> {
            long paidOut = account.withdrawAll();
            return new Outcome(paidOut, holdCountInside.get(), account.holdCount());
        }).join();
    }
}
