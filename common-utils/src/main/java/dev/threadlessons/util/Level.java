package dev.threadlessons.util;

import java.util.List;
import java.util.Optional;

/**
 * One level of the scheduler game ({@link Game}): a scene of a lesson, its threads' code shown
 * line by line, its shared state, and what counts as breaking it.
 *
 * <p>A level is used once: {@link #start(Stepper)} builds fresh shared state and starts its
 * threads with {@link Stepper#start}; their bodies are the lesson's own classes, whose hooks call
 * {@link Stepper#step(String, java.util.function.Supplier)} before each step. {@link Explorer} asks for a new level for
 * every schedule it tries.
 *
 * <p>Thread-safety: {@link #state()} and {@link #outcome(Stepper)} are called by the controlling
 * thread while the scene's threads wait at their gates or are stuck; whatever they read was
 * written before those threads reached their gates (the gate's semaphore orders it).
 */
public interface Level {

    /** One line of a thread's code; {@code key} is the step a thread announces before running it ("" for none). */
    record CodeLine(String key, String text) {

        /** A line no step points at, such as a brace. */
        public static CodeLine plain(String text) {
            return new CodeLine("", text);
        }
    }

    /** The level's name on the command line, such as {@code lost-update}. */
    String name();

    /** A one-line title. */
    String title();

    /** What the player tries to make happen, or (for a fixed version) what they will find. */
    String goal();

    /** The code the thread named {@code thread} runs, line by line. */
    List<CodeLine> code(String thread);

    /** Builds fresh shared state and starts the threads on {@code stepper}. */
    void start(Stepper stepper);

    /** The shared state in one line, such as {@code count = 1, balance = 20}. */
    String state();

    /**
     * Whether the scene is broken now, and how, in the lesson's words ("customer-2 went through
     * while customer-1 was between its check and its act: 160 paid out of 100"). Asked after
     * every step, and when no thread can move any more.
     */
    Optional<String> outcome(Stepper stepper);

    /** The lesson's explanation of what the player just did (or, for a fixed version, why it holds). */
    String explanation();
}
