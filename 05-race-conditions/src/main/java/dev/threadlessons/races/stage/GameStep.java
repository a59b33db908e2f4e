package dev.threadlessons.races.stage;

import java.util.concurrent.CancellationException;
import java.util.function.Supplier;

import dev.threadlessons.util.Stepper;

/**
 * A step of the scheduler game taken inside a {@link RaceWindow}: the window's {@code pause()}
 * is where the game stops a thread between its read and its write, or its check and its act.
 *
 * <p>{@code pause()} cannot throw {@link InterruptedException}, and the game interrupts a thread
 * at its gate to end a level early. The thread keeps its interrupt and leaves the lesson's class
 * by a {@link CancellationException}, so that it never goes on to its write or its act.
 *
 * <p>Thread-safety: stateless.
 */
final class GameStep {

    private GameStep() {
    }

    /** Announces the step {@code key} on {@code stepper} and waits until the player lets it go. */
    static void take(Stepper stepper, String key, Supplier<String> detail) {
        try {
            stepper.step(key, detail);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("the level ended while this thread waited for its turn");
        }
    }
}
