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
 * <p>Thread-safety: not thread-safe; {@code count} is a plain field written by the thread that
 * runs the task. Read {@link #count()} only after joining that thread: the thread's actions
 * happen-before {@code join()} returns. Do not run one instance on two threads at once.
 */
public final class WordCountTask implements Runnable {

    private static final Logger LOG = LoggerFactory.getLogger(WordCountTask.class);

    private final String text;
    /** Written by the running thread; read after join. */
    private int count;
    /** Written by the running thread after {@code count}; read after join. */
    private boolean done;

    public WordCountTask(String text) {
        this.text = Objects.requireNonNull(text, "text");
    }

    @Override
    public void run() {
        count = Words.count(text);
        done = true;
        LOG.info("counted {} words", count);
    }

    /** The number of words; ask only after joining the thread that ran this task. */
    public int count() {
        if (!done) {
            throw new IllegalStateException("the task has not run; start a thread with it and join it first");
        }
        return count;
    }
}
