package dev.threadlessons.races.stage;

import java.time.Duration;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import dev.threadlessons.util.Durations;

/**
 * A race window that holds every thread until {@code parties} threads are inside it, then lets
 * them all go on. Put between a read and a write, it makes every thread read before any thread
 * writes: the unlucky interleaving, on every run.
 *
 * <p>It is a {@link CyclicBarrier}: the barrier trips when the last party arrives, then resets
 * itself for the next round. A thread waits at most {@code patience}; if the others do not come
 * (a bug, or a test that started too few threads) it fails with a message instead of hanging.
 *
 * <p>Happens-before: what each thread did before it entered happens-before what every thread
 * does after it leaves (the barrier's memory consistency effect). So a read made before the
 * rendezvous can never see a write made after it: the forced outcome is certain, not likely.
 *
 * <p>Thread-safety: safe for any number of threads.
 */
public final class Rendezvous implements RaceWindow {

    /** How long a thread waits for the others by default: far longer than any healthy run needs. */
    public static final Duration DEFAULT_PATIENCE = Duration.ofSeconds(10);

    private final CyclicBarrier barrier;
    private final Duration patience;

    /** A rendezvous of {@code parties} threads, each waiting at most {@link #DEFAULT_PATIENCE}. */
    public Rendezvous(int parties) {
        this(parties, DEFAULT_PATIENCE);
    }

    /** A rendezvous of {@code parties} threads (at least 2), each waiting at most {@code patience}. */
    public Rendezvous(int parties, Duration patience) {
        if (parties < 2) {
            throw new IllegalArgumentException("a rendezvous needs at least 2 threads, was " + parties);
        }
        if (patience.isNegative() || patience.isZero()) {
            throw new IllegalArgumentException("patience must be positive, was " + patience);
        }
        this.barrier = new CyclicBarrier(parties);
        this.patience = patience;
    }

    /**
     * Waits until all parties are inside the window.
     *
     * @throws IllegalStateException if they do not all arrive within the patience, if another
     *         party gave up, or if this thread is interrupted (its interrupt flag is then set again)
     */
    @Override
    public void pause() {
        try {
            barrier.await(patience.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            throw new IllegalStateException("not all " + barrier.getParties()
                    + " threads reached the race window within " + Durations.format(patience), e);
        } catch (BrokenBarrierException e) {
            throw new IllegalStateException("another thread gave up waiting in the race window", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting in the race window", e);
        }
    }
}
