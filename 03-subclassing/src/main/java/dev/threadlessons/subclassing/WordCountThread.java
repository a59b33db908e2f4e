package dev.threadlessons.subclassing;

import java.util.Objects;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Python's {@code class WordCounter(threading.Thread)} in Java: a {@code Thread} subclass with its
 * own fields, its own {@code run()}, and its result read after {@code join()}. The constructor
 * runs on the creating thread, {@code run()} on the new one, once.
 *
 * <p>Being a thread itself, it can check its own life cycle before it hands out the result,
 * which a plain task cannot.
 *
 * <p>Thread-safety: {@code count} is a plain field written by this thread and read by others.
 * That is safe once this thread has ended: its last action synchronizes-with any action of another
 * thread that detects that it has terminated, by {@code join()} or by {@code isAlive()} returning
 * {@code false} (JLS 17.4.4). {@link #count()} checks {@code isAlive()} first, so it is safe to
 * call from any thread.
 *
 * <p>The constructor only stores; the caller starts the thread. A constructor that called
 * {@code start()} would let {@code run()} begin before a subclass's own fields are set (the
 * {@code this} reference escapes during construction, JCIP 3.2.1), the trap that Python's
 * {@code self.start()} at the end of {@code __init__} sets.
 */
public final class WordCountThread extends Thread {

    private static final Logger LOG = LoggerFactory.getLogger(WordCountThread.class);

    private final String text;
    /** Written by this thread in run(); read by others only after it has ended. */
    private int count;

    public WordCountThread(String name, String text) {
        super(name);
        this.text = Objects.requireNonNull(text, "text");
    }

    // tag::work[]
    @Override
    public void run() {
        count = Words.count(text);
        LOG.info("counted {} words", count);
    }

    /** The number of words; only once this thread has run to its end. */
    public int count() {
        if (getState() == State.NEW) {
            throw new IllegalStateException(getName() + " has not been started");
        }
        if (isAlive()) {
            throw new IllegalStateException(getName() + " is still running; join it first");
        }
        return count;
    }
    // end::work[]
}
