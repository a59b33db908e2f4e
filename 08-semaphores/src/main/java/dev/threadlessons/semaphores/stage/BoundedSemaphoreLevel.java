package dev.threadlessons.semaphores.stage;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.threadlessons.semaphores.BoundedSemaphore;
import dev.threadlessons.util.Level;
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
 * <p>Thread-safety: the semaphore is thread-safe; the level's record of what each releaser's
 * {@code release()} did is a concurrent map, written by the releasers and read by the game's
 * controlling thread.
 */
public final class BoundedSemaphoreLevel implements Level {

    private static final Logger LOG = LoggerFactory.getLogger(BoundedSemaphoreLevel.class);
    /** The most permits the semaphore can hold; the scene starts one below it. */
    static final int MAX = 2;
    private static final List<String> RELEASERS = List.of("releaser-1", "releaser-2");

    private BoundedSemaphore semaphore;
    /** What each releaser's {@code release()} did: released or refused. */
    private final Map<String, String> results = new ConcurrentHashMap<>();

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
        for (String releaser : RELEASERS) {
            stepper.start(releaser, () -> release(stepper, releaser));
        }
    }

    private void release(Stepper stepper, String releaser) throws InterruptedException {
        stepper.step("release", () -> "(" + semaphore.availablePermits() + " of " + MAX + " free)");
        try {
            semaphore.release();
            results.put(releaser, "released");
            LOG.info("released");
        } catch (IllegalStateException refused) {
            results.put(releaser, "refused");
            LOG.info("refused: {}", refused.getMessage());
        }
    }

    @Override
    public String state() {
        var text = new StringBuilder(semaphore.availablePermits() + " of at most " + MAX + " permits available");
        for (String releaser : RELEASERS) {
            String result = results.get(releaser);
            if (result != null) {
                text.append("; ").append(releaser).append(' ').append(result);
            }
        }
        return text.toString();
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
