package dev.threadlessons.deadlock;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;

import dev.threadlessons.deadlock.stage.BetweenLocks;

/**
 * Fix 2, breaks no preemption: a thread waits for a lock only for a bounded time, and when it
 * does not get the second lock it gives back the first, backs off for a random while and starts
 * over. What a thread holds is thus taken back, by the thread itself, whenever its next request
 * cannot be granted: the textbook way to deny the "no preemption" condition (Silberschatz,
 * Galvin and Gagne, <i>Operating System Concepts</i>, "Deadlock Prevention", after Havender,
 * 1968). Hold and wait still happens, for up to the timeout at a time, so a wait cycle can form
 * for a moment; it dissolves as soon as one of its threads times out and lets go.
 *
 * <p>The random back-off matters: two threads that time out together and retry together could
 * collide again and again (a livelock, all threads busy and none progressing). Different random
 * pauses let one of them through first.
 *
 * <p>Thread-safety: thread-safe and deadlock-free. The balances are guarded by the two accounts'
 * locks, both held while money moves; the back-off count is a {@link LongAdder}.
 */
public final class TryLockTransfer implements Transfer {

    private final Duration lockTimeout;
    private final Duration maxBackOff;
    private final BetweenLocks betweenLocks;
    private final LongAdder backOffs = new LongAdder();

    /** Waits up to 10 ms for each lock and backs off up to 5 ms. */
    public TryLockTransfer() {
        this(Duration.ofMillis(10), Duration.ofMillis(5), BetweenLocks.NOTHING);
    }

    public TryLockTransfer(Duration lockTimeout, Duration maxBackOff, BetweenLocks betweenLocks) {
        if (lockTimeout.isNegative() || maxBackOff.toMillis() < 1) {
            throw new IllegalArgumentException("the lock timeout must not be negative and the"
                    + " back-off must be at least 1 ms; were " + lockTimeout + " and " + maxBackOff);
        }
        this.lockTimeout = lockTimeout;
        this.maxBackOff = maxBackOff;
        this.betweenLocks = betweenLocks;
    }

    // tag::transfer[]
    @Override
    public boolean transfer(Account from, Account to, long amount) throws InterruptedException {
        Transfer.validate(from, to, amount);
        while (true) {
            if (from.lock().tryLock(lockTimeout.toNanos(), TimeUnit.NANOSECONDS)) {
                try {
                    betweenLocks.pause();
                    if (to.lock().tryLock(lockTimeout.toNanos(), TimeUnit.NANOSECONDS)) {
                        try {
                            return from.moveTo(to, amount);
                        } finally {
                            to.lock().unlock();
                        }
                    }
                } finally {
                    // Giving `from` back when `to` was not granted is what denies no preemption.
                    from.lock().unlock();
                }
            }
            backOffs.increment();
            TimeUnit.MILLISECONDS.sleep(ThreadLocalRandom.current().nextLong(1, maxBackOff.toMillis() + 1));
        }
    }
    // end::transfer[]

    /** How often a transfer gave up its locks and backed off, so far. */
    public long backOffs() {
        return backOffs.sum();
    }
}
