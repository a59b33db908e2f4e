package dev.threadlessons.races;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.threadlessons.races.stage.RaceWindow;
import dev.threadlessons.races.stage.Rendezvous;

/**
 * {@link UnsafeCounter}'s {@code count++} written out as the steps it really is, with a
 * {@link RaceWindow} between the read and the write, and a log line for each step. Given a
 * {@link Rendezvous} of two, both threads read before either writes, and one update is lost on
 * every run: the lost update, made certain.
 *
 * <p>Not thread-safe, on purpose. The field is {@code volatile}, so every read sees the latest
 * write and there is no data race (a volatile access is a synchronization action, not one of the
 * plain reads and writes a data race is made of: JLS 17.4.2, 17.4.5). It is still a race
 * condition: the read and the write are two steps, and {@code volatile} makes each step visible,
 * never the pair atomic. Lesson 06 makes the pair one step with a lock.
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

    // tag::increment[]
    /** Read, pause in the window, write the value read plus one. */
    public void increment() {
        long seen = count;              // read
        LOG.info("read {}", seen);
        window.pause();                 // the one line for the demo: holds the thread here
        count = seen + 1;               // write: overwrites whatever came in between
        LOG.info("wrote {}", seen + 1);
    }
    // end::increment[]

    /** The count. */
    public long get() {
        return count;
    }
}
