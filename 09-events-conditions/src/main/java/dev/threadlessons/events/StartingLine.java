package dev.threadlessons.events;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.threadlessons.util.Durations;

/**
 * Runners wait at the starting line for one {@link Event}, the start signal, which the calling
 * thread sets after a warm-up: one {@code set()} sends all of them off. A late runner, arriving
 * after the event was cleared again, waits with a timeout and gives up.
 *
 * <p>Thread-safety: stateless; each race has its own threads, joined before the method returns.
 */
public final class StartingLine {

    private static final Logger LOG = LoggerFactory.getLogger(StartingLine.class);

    /** How long a runner waited for the start, and how soon after the start it went. */
    public record Start(String runner, Duration waited, Duration afterSignal) {
    }

    private StartingLine() {
    }

    /**
     * Starts {@code runners} threads named {@code runner-1}, ... that wait for {@code start}, sets
     * it after {@code warmUp}, and returns each runner's start once all have gone.
     */
    public static List<Start> race(Event start, int runners, Duration warmUp) throws InterruptedException {
        var signalledAt = new AtomicLong();
        var starts = new ConcurrentLinkedQueue<Start>();
        var threads = new ArrayList<Thread>();
        for (int i = 1; i <= runners; i++) {
            var thread = new Thread(() -> run(start, signalledAt, starts), "runner-" + i);
            threads.add(thread);
            thread.start();
        }
        LOG.info("warming up for {} before giving the start", Durations.format(warmUp));
        Thread.sleep(warmUp.toMillis());
        LOG.info("start! (set the event)");
        signalledAt.set(System.nanoTime());
        start.set();
        for (Thread thread : threads) {
            thread.join();
        }
        return List.copyOf(starts);
    }

    /**
     * Clears {@code start}, then lets a thread named {@code late-runner} wait for it at most
     * {@code timeout}; returns what its {@code await} returned.
     */
    public static boolean lateRunner(Event start, Duration timeout) throws InterruptedException {
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

    private static void run(Event start, AtomicLong signalledAt, ConcurrentLinkedQueue<Start> starts) {
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
            // Nobody interrupts the demo's runners; should someone, the runner leaves the race.
            Thread.currentThread().interrupt();
            LOG.info("interrupted, leaving the race");
        }
    }
}
