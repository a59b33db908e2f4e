package dev.threadlessons.semaphores.stage;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntSupplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.threadlessons.util.Level;
import dev.threadlessons.util.Stepper;

/**
 * What the two semaphore levels of lesson 08's scheduler game share: the scene, two releasers,
 * {@code releaser-1} and {@code releaser-2}, each calling {@code release()} once on a semaphore of
 * at most {@value #MAX} permits that has {@value #MAX} - 1; the record of what each call did,
 * released or refused (an {@link IllegalStateException}); and the state the player sees. Each
 * level plays it on its own semaphore: {@link CheckThenReleaseLevel} on the lesson's broken one,
 * {@link BoundedSemaphoreLevel} on the one that checks and releases under one lock.
 *
 * <p>Thread-safety: the record is a concurrent map, written by the releasers and read by the
 * game's controlling thread; the two operations on the semaphore are set before the releasers
 * start, and a call of {@link Thread#start()} happens-before every action of the started thread
 * (JLS 17.4.5), so the releasers see them.
 */
abstract class ReleasersLevel implements Level {

    private static final Logger LOG = LoggerFactory.getLogger(ReleasersLevel.class);
    /** The most permits the semaphore is meant to hold; the scene starts one below it. */
    static final int MAX = 2;
    static final List<String> RELEASERS = List.of("releaser-1", "releaser-2");

    /** What each releaser's {@code release()} did: released or refused. */
    private final Map<String, String> results = new ConcurrentHashMap<>();

    /** The permits the level's semaphore has now; set by {@link #startReleasers}. */
    private IntSupplier availablePermits;
    /** One call of the level's semaphore's {@code release()}; set by {@link #startReleasers}. */
    private Runnable releaseOne;

    /**
     * Starts {@code releaser-1}, then {@code releaser-2}, each on its own thread: a step named
     * {@code firstStep}, which shows the free permits, then one call of {@code release()}, on the
     * level's semaphore through {@code availablePermits} and {@code releaseOne}.
     */
    final void startReleasers(Stepper stepper, String firstStep, IntSupplier availablePermits, Runnable releaseOne) {
        this.availablePermits = availablePermits;
        this.releaseOne = releaseOne;
        for (String name : RELEASERS) {
            stepper.start(name, () -> {
                stepper.step(firstStep, () -> "(" + availablePermits.getAsInt() + " of " + MAX + " free)");
                releaseAndRecord(name);
            });
        }
    }

    /** Calls {@code release()} for {@code releaser} and records what it did. */
    private void releaseAndRecord(String releaser) {
        try {
            releaseOne.run();
            results.put(releaser, "released");
            LOG.info("released");
        } catch (CancellationException levelEnded) {
            // A CancellationException is an IllegalStateException: caught below, it would pass for a refusal.
            throw levelEnded;
        } catch (IllegalStateException refused) {
            results.put(releaser, "refused");
            LOG.info("refused: {}", refused.getMessage());
        }
    }

    @Override
    public final String state() {
        var text = new StringBuilder(availablePermits.getAsInt() + " of at most " + MAX + " permits available");
        for (String releaser : RELEASERS) {
            String result = results.get(releaser);
            if (result != null) {
                text.append("; ").append(releaser).append(' ').append(result);
            }
        }
        return text.toString();
    }
}
