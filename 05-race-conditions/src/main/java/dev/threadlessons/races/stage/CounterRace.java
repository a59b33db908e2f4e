package dev.threadlessons.races.stage;

import dev.threadlessons.races.SteppedCounter;
import dev.threadlessons.races.UnsafeCounter;
import dev.threadlessons.util.Workers;

/**
 * The lost-update race on a shared counter, in its two forms: free-running, where the scheduler
 * and the JIT compiler decide how much is lost, and forced, where a {@link Rendezvous} decides,
 * and the answer is the same every run.
 *
 * <p>Thread-safety: stateless; each race gets its own counter and threads.
 */
public final class CounterRace {

    private CounterRace() {
    }

    /**
     * {@code threads} threads named {@code worker-N} each increment one {@link UnsafeCounter}
     * {@code increments} times. The count never exceeds the increments made (each write stores
     * a value some thread read and added one to; the counter is an {@code int}, written whole,
     * JLS 17.7), and it may be far below it: whether any update is lost, and how many, nobody can
     * say in advance. The demo counts how often it happened.
     */
    public static Tally freeRunning(int threads, int increments) throws InterruptedException {
        var counter = new UnsafeCounter();
        Workers.run("worker", threads, worker -> {
            for (int i = 0; i < increments; i++) {
                counter.increment();
            }
        });
        return new Tally((long) threads * increments, counter.get());
    }

    /**
     * {@code threads} threads (at least 2) named {@code worker-N} each increment one
     * {@link SteppedCounter} once, all reading before any writes. Every thread reads 0 and writes
     * 1, so the result is always 1, and {@code threads - 1} updates are lost.
     */
    public static Tally forced(int threads) throws InterruptedException {
        var counter = new SteppedCounter(new Rendezvous(threads));
        Workers.run("worker", threads, worker -> counter.increment());
        return new Tally(threads, counter.get());
    }
}
