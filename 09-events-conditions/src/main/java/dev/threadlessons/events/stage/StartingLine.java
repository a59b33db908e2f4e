package dev.threadlessons.events.stage;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.threadlessons.events.Event;
import dev.threadlessons.util.Durations;

/**
 * Runners wait at the starting line for one {@link Event}, the start signal, which the calling
 * thread sets once every runner waits on it and a warm-up has passed: one {@code set()} sends all
 * of them off. A late runner, arriving after the event was cleared again, waits with a timeout and
 * gives up.
 *
 * <p>The event is built on a {@link WatchedLock}, so the calling thread knows that every runner is
 * waiting when it sets the event, without a sleep to give them time: each one counts as it begins
 * to wait. The warm-up only makes the wait long enough to see.
 *
 * <p>Thread-safety: not for use by several threads at once; each race has its own threads, joined
 * before the method returns.
 */
public final class StartingLine {

    private static final Logger LOG = LoggerFactory.getLogger(StartingLine.class);
    private static final Duration PATIENCE = Duration.ofSeconds(10);

    /** How long a runner waited for the start, and how soon after the start it went. */
    public record Start(String runner, Duration waited, Duration afterSignal) {
    }

    private final WatchedLock lock;
    private final Event start;

    /** A starting line with an unset start event. */
    public StartingLine() {
        this(new WatchedLock());
    }

    /** A starting line whose event is guarded by {@code lock}; the tests hold it to hold the runners back. */
    StartingLine(WatchedLock lock) {
        this.lock = lock;
        this.start = new Event(lock);
    }

    /** The start event, unset until {@link #race} sets it. */
    public Event event() {
        return start;
    }

    /**
     * Starts {@code runners} threads named {@code runner-1}, ... that wait for the start event,
     * waits until every one of them waits on it, lets {@code warmUp} pass, sets it, and returns
     * once all have gone: every runner was waiting on the event when it was set.
     */
    public List<Start> race(int runners, Duration warmUp) throws InterruptedException {
        var signalledAt = new AtomicLong();
        var starts = new ConcurrentLinkedQueue<Start>();
        var threads = new ArrayList<Thread>();
        for (int i = 1; i <= runners; i++) {
            var thread = new Thread(() -> run(signalledAt, starts), "runner-" + i);
            threads.add(thread);
            thread.start();
        }
        try {
            lock.awaitWaiters(runners, PATIENCE);
            LOG.info("all {} runners wait on the event; warming up for {} before giving the start",
                    runners, Durations.format(warmUp));
            Thread.sleep(warmUp.toMillis());
            LOG.info("start! (set the event)");
            signalledAt.set(System.nanoTime());
            start.set();
        } finally {
            for (Thread thread : threads) {
                if (!start.isSet()) {
                    thread.interrupt();
                }
                thread.join();
            }
        }
        return List.copyOf(starts);
    }

    /**
     * Clears the start event, then lets a thread named {@code late-runner} wait for it at most
     * {@code timeout}; returns what its {@code await} returned.
     */
    public boolean lateRunner(Duration timeout) throws InterruptedException {
        start.clear();
        LOG.info("cleared the start event");
        var gotTheStart = new boolean[1];
        var late = new Thread(() -> {
            try {
                LOG.info("waiting for the start, at most {}", Durations.format(timeout));
                gotTheStart[0] = start.await(timeout.toNanos(), TimeUnit.NANOSECONDS);
                LOG.info(gotTheStart[0] ? "got the start" : "gave up: the event stayed cleared");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "late-runner");
        late.start();
        late.join();
        return gotTheStart[0];
    }

    private void run(AtomicLong signalledAt, ConcurrentLinkedQueue<Start> starts) {
        String name = Thread.currentThread().getName();
        try {
            LOG.info("at the starting line, waiting for the start");
            long arrived = System.nanoTime();
            start.await();
            long went = System.nanoTime();
            // The set() that released us happens-before this line, so signalledAt is already written.
            var record = new Start(name, Duration.ofNanos(went - arrived),
                    Duration.ofNanos(went - signalledAt.get()));
            LOG.info("go! waited {}, off {} after the signal",
                    Durations.format(record.waited()), Durations.format(record.afterSignal()));
            starts.add(record);
        } catch (InterruptedException e) {
            // Only a race that failed to start interrupts its runners: the runner leaves the race.
            Thread.currentThread().interrupt();
            LOG.info("interrupted, leaving the race");
        }
    }
}
