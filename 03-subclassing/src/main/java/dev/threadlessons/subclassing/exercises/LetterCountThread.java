package dev.threadlessons.subclassing.exercises;

/**
 * Exercise 03-1: a {@code Thread} subclass that does its work in its own {@code run()}. Write
 * {@link #run()}: count the letters of the text ({@link Character#isLetter(char)}) and keep the
 * count; and {@link #letters()}: hand the count out only once the thread has run to its end,
 * throwing {@link IllegalStateException} before it has started and while it still runs.
 *
 * <p>The traps: work done in the constructor or in an override of {@code start()} runs on the
 * thread that creates or starts this one, not on this one. Grade it with
 * {@code mvn -pl 03-subclassing test -Pexercises}; compare with {@code WordCountThread}
 * afterwards.
 *
 * <p>Thread-safety: the count is written by this thread and read by others after it has ended
 * (JLS 17.4.4: its last action synchronizes-with the action that sees it has terminated).
 */
public class LetterCountThread extends Thread {

    protected final CharSequence text;
    /** Written by this thread in run(); read by others only after it has ended. */
    protected int letters;

    /** A thread named {@code name} that will count the letters of {@code text} once started. */
    public LetterCountThread(String name, CharSequence text) {
        super(name);
        this.text = text;
    }

    @Override
    public void run() {
        // TODO: count the letters of text, on this thread, and keep the count in letters.
        throw new UnsupportedOperationException("exercise 03-1: run() is yours to write");
    }

    /**
     * The number of letters.
     *
     * @throws IllegalStateException if this thread has not been started, or still runs
     */
    public int letters() {
        // TODO: check this thread's state first (getState(), isAlive()).
        throw new UnsupportedOperationException("exercise 03-1: letters() is yours to write");
    }
}
