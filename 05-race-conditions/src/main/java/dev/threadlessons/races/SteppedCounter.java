package dev.threadlessons.races;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link UnsafeCounter}'s {@code count++} written out as the steps it really is, with a
 * {@link RaceWindow} between the read and the write, and a log line for each step. Given a
 * {@link Rendezvous} of two, both threads read before either writes, and one update is lost on
 * every run: the lost update, made certain.
 *
 * <p>Not thread-safe, on purpose. The field is {@code volatile}, so every read sees the latest
 * write: visibility is not the problem. The problem is that the read and the write are two
 * separate steps; {@code volatile} makes each step visible, never the pair atomic. Lesson 06
 * makes the pair one step with a lock.
 *
 * <p>It logs every step, so it is meant for a handful of increments, not a loop of millions.
 */
public final class SteppedCounter {

    private static final Logger LOG = LoggerFactory.getLogger(SteppedCounter.class);

    private final RaceWindow window;
    /** Not guarded: each read and write is visible to all threads, but nothing keeps them together. */
    private volatile long count;

    /** A counter at zero that pauses every incrementing thread in {@code window}. */
    public SteppedCounter(RaceWindow window) {
        this.window = window;
    }

    /** Read, pause in the window, write the value read plus one. */
    public void increment() {
        long seen = count;
        LOG.info("read {}", seen);
        window.pause();
        count = seen + 1;
        LOG.info("wrote {}", seen + 1);
    }

    /** The count. */
    public long get() {
        return count;
    }
}
