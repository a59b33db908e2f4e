package dev.threadlessons.semaphores.stage;

import java.util.List;
import java.util.Optional;

import dev.threadlessons.semaphores.BoundedSemaphore;
import dev.threadlessons.util.Stepper;

/**
 * A level of the scheduler game: the scene of {@link CheckThenReleaseLevel}, two releasers at once
 * on a semaphore of at most {@value #MAX} permits that misses one, played on
 * {@link BoundedSemaphore}. It cannot be broken, and the closing exploration shows it.
 *
 * <p>Each releaser has one step, the call of {@link BoundedSemaphore#release()}. There is no step
 * inside it on purpose: {@code release()} takes its lock, checks and adds, and unlocks, and no step
 * of the other releaser can come between the check and the add. A step there would need a hook in
 * {@code BoundedSemaphore}, which has none; the other releaser would only wait for the lock.
 *
 * <p>Thread-safety: the semaphore is thread-safe; the record of what the releasers did is
 * {@link ReleasersLevel}'s.
 */
public final class BoundedSemaphoreLevel extends ReleasersLevel {

    private BoundedSemaphore semaphore;

    @Override
    public String name() {
        return "bounded";
    }

    @Override
    public String title() {
        return "BoundedSemaphore: the same two releases, check and release under one lock";
    }

    @Override
    public String goal() {
        return "The same two releasers on BoundedSemaphore, at most " + MAX + " permits and " + (MAX - 1)
                + " available: try to make it end with " + (MAX + 1) + ".";
    }

    @Override
    public List<CodeLine> code(String thread) {
        // The body of BoundedSemaphore.release(1), as the tagged region of the README shows it.
        return List.of(
                CodeLine.plain("// semaphore.release(), so release(1):"),
                new CodeLine("release", "lock.lock();"),
                CodeLine.plain("try {"),
                CodeLine.plain("    if (permits > maxPermits - available) {"),
                CodeLine.plain("        throw new IllegalStateException(...);"),
                CodeLine.plain("    }"),
                CodeLine.plain("    available += permits;"),
                CodeLine.plain("    permitAvailable.signal();"),
                CodeLine.plain("} finally {"),
                CodeLine.plain("    lock.unlock();"),
                CodeLine.plain("}"));
    }

    @Override
    public void start(Stepper stepper) {
        semaphore = new BoundedSemaphore(MAX);
        if (!semaphore.tryAcquire()) {
            throw new IllegalStateException("a new BoundedSemaphore(" + MAX + ") has no permit to take");
        }
        startReleasers(stepper, "release", semaphore::availablePermits, semaphore::release);
    }

    @Override
    public Optional<String> outcome(Stepper stepper) {
        int available = semaphore.availablePermits();
        return available > MAX
                ? Optional.of(available + " permits in a semaphore that holds at most " + MAX)
                : Optional.empty();
    }

    @Override
    public String explanation() {
        return "BoundedSemaphore's release() takes its lock, checks and adds, and unlocks, all in one step: the"
                + " releaser that comes second finds " + MAX + " of " + MAX + " permits free and is refused. The bound"
                + " check and the release are one atomic step, done while holding the lock, so no other release can"
                + " come between them.";
    }
}
