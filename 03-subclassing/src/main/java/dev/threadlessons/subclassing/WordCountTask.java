package dev.threadlessons.subclassing;

import java.util.Objects;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The same work as {@link WordCountThread}, as a {@code Runnable}: the task is an ordinary object
 * and any thread can run it, a {@code new Thread(task, "name")} or a pool thread. It extends
 * nothing, so it is free to extend a class of your own; and it can run again, on another thread,
 * where a {@code Thread} object can be started only once.
 *
 * <p>Thread-safety: do not run one instance on two threads at once. {@code count} is a plain field
 * written by the thread that runs the task; read {@link #count()} after joining that thread, since
 * everything a thread did happens-before {@code join()} returns (JLS 17.4.4). The guard in
 * {@link #count()} is safe from any thread only because {@code done} is {@code volatile}: the
 * running thread writes {@code count}, then {@code done}; a thread that reads {@code done == true}
 * then sees that {@code count} too, since a volatile write happens-before every read that sees it
 * (JLS 17.4.4, 17.4.5). With a plain {@code boolean} the two reads would be a data race, and a
 * reader could see {@code done == true} with {@code count == 0}.
 */
public final class WordCountTask implements Runnable {

    private static final Logger LOG = LoggerFactory.getLogger(WordCountTask.class);

    private final String text;
    // tag::work[]
    /** Written by the running thread before {@code done}; read after {@code done}. */
    private int count;
    /** Written by the running thread after {@code count}: volatile, so whoever sees it sees {@code count}. */
    private volatile boolean done;

    public WordCountTask(String text) {
        this.text = Objects.requireNonNull(text, "text");
    }

    @Override
    public void run() {
        count = Words.count(text);
        done = true;
        LOG.info("counted {} words", count);
    }

    /** The number of words, once the task has run; an error before. */
    public int count() {
        if (!done) {
            throw new IllegalStateException("the task has not run; start a thread with it and join it first");
        }
        return count;
    }
    // end::work[]
}
