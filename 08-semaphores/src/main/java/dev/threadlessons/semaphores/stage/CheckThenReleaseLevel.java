package dev.threadlessons.semaphores.stage;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CopyOnWriteArrayList;

import dev.threadlessons.semaphores.CheckThenReleaseSemaphore;
import dev.threadlessons.util.Stepper;

/**
 * A level of the scheduler game: two releasers call {@link CheckThenReleaseSemaphore#release()} at
 * once on a semaphore of at most {@value #MAX} permits that misses one. Each has two steps, the
 * lesson's own: the check, which is the call of {@code release()}, and the release after its
 * {@code betweenCheckAndRelease} hook. The player wins by putting both checks before either
 * release: the count then ends at {@value #MAX} + 1.
 *
 * <p>Not thread-safe, on purpose: the semaphore it plays is the lesson's broken one. The level's
 * own bookkeeping (who passed the check here, who released in {@link ReleasersLevel}) is in
 * concurrent collections, written by the releasers and read by the game's controlling thread.
 */
public final class CheckThenReleaseLevel extends ReleasersLevel {

    private CheckThenReleaseSemaphore semaphore;
    /** The releasers that passed the check, in the order they passed it. */
    private final List<String> passed = new CopyOnWriteArrayList<>();

    @Override
    public String name() {
        return "check-then-release";
    }

    @Override
    public String title() {
        return "CheckThenReleaseSemaphore: two releases at once, one permit missing";
    }

    @Override
    public String goal() {
        return "The semaphore is meant to hold at most " + MAX + " permits and has " + (MAX - 1)
                + ". Get both releasers past the check before either releases, so that it ends with " + (MAX + 1) + ".";
    }

    @Override
    public List<CodeLine> code(String thread) {
        // The body of CheckThenReleaseSemaphore.release(), as the tagged region of the README shows it.
        return List.of(
                CodeLine.plain("// semaphore.release():"),
                new CodeLine("check", "if (permits.availablePermits() + 1 > maxPermits) {"),
                CodeLine.plain("    throw new IllegalStateException(...);"),
                CodeLine.plain("}"),
                CodeLine.plain("betweenCheckAndRelease.run();"),
                new CodeLine("act", "permits.release();"));
    }

    @Override
    public void start(Stepper stepper) {
        semaphore = new CheckThenReleaseSemaphore(MAX, () -> inTheGap(stepper));
        try {
            semaphore.acquire();
        } catch (InterruptedException e) {
            // A permit is free: acquire() returns at once, and only an interrupt already pending gets here.
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while setting up the scene", e);
        }
        startReleasers(stepper, "check", semaphore::availablePermits, semaphore::release);
    }

    /**
     * The semaphore's hook, run by a releaser that passed the check: the step before its release.
     * The hook is a {@link Runnable}, which cannot throw {@link InterruptedException}: a level
     * closed while a releaser waits here ends it by {@code stepOrCancel}'s
     * {@link CancellationException}, out of {@code release()} before the permit is added, and the
     * stepper counts that as a clean end.
     */
    private void inTheGap(Stepper stepper) {
        passed.add(Thread.currentThread().getName());
        stepper.stepOrCancel("act", () -> "(" + semaphore.availablePermits() + " -> " + (semaphore.availablePermits() + 1)
                + " permits)");
    }

    @Override
    public Optional<String> outcome(Stepper stepper) {
        int available = semaphore.availablePermits();
        if (available <= MAX) {
            return Optional.empty();
        }
        // Above the maximum, both passed the check before either released: the second passed it in the first's gap.
        return Optional.of(passed.get(1) + " passed its check while " + passed.get(0)
                + " was between its check and its release: " + available + " permits in a semaphore meant to hold at most "
                + MAX);
    }

    @Override
    public String explanation() {
        return "availablePermits() and release() are each atomic, but the pair is not: both releasers saw room for one"
                + " more permit, and both released. It is the lost-update race of lesson 05 with a semaphore instead of"
                + " a counter. BoundedSemaphore checks and releases in one step, under one lock: try --play bounded.";
    }
}
