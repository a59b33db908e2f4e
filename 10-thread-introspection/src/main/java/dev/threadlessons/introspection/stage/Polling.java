package dev.threadlessons.introspection.stage;

import java.time.Duration;
import java.util.Objects;
import java.util.function.BooleanSupplier;

import dev.threadlessons.util.Durations;

/**
 * Waits, with a deadline, until a thread is in a given state or a condition holds.
 *
 * <p>A latch tells the waiter that another thread got to a line of code; it cannot tell that the
 * thread has since parked, or is blocked on a monitor, because the thread cannot count down a
 * latch once it is stuck. {@link Thread#getState()} can, so the demo polls it. Polling has to
 * stop somewhere: if the state never comes, the caller gets an {@link IllegalStateException}
 * naming what it waited for, instead of a program that hangs.
 *
 * <p>Thread-safety: stateless, safe from any thread. {@code getState()} reads the JVM's current
 * view of the thread; it is a snapshot, true when read and possibly stale a moment later.
 */
public final class Polling {

    /** How long to rest between two looks; short, since the states arrive within milliseconds. */
    private static final long PAUSE_MILLIS = 1;

    private Polling() {
    }

    /**
     * Returns once {@code thread} is in {@code state}; fails at once if the thread has ended
     * without getting there, and after {@code timeout} if it is still somewhere else.
     */
    public static void awaitState(Thread thread, Thread.State state, Duration timeout)
            throws InterruptedException {
        Objects.requireNonNull(thread, "thread");
        Objects.requireNonNull(state, "state");
        until(() -> {
            var now = thread.getState();
            if (now == Thread.State.TERMINATED && state != Thread.State.TERMINATED) {
                throw new IllegalStateException(thread.getName() + " ended before it was " + state);
            }
            return now == state;
        }, timeout, thread.getName() + " is " + state);
    }

    /** Returns once {@code condition} holds, or throws after {@code timeout}, naming {@code what}. */
    public static void until(BooleanSupplier condition, Duration timeout, String what)
            throws InterruptedException {
        Objects.requireNonNull(condition, "condition");
        if (timeout.isZero() || timeout.isNegative()) {
            throw new IllegalArgumentException("timeout must be positive: " + timeout);
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() - deadline >= 0) {
                throw new IllegalStateException("gave up after " + Durations.format(timeout)
                        + " waiting until " + what);
            }
            Thread.sleep(PAUSE_MILLIS);
        }
    }
}
