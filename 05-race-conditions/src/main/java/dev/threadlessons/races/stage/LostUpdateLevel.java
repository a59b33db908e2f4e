package dev.threadlessons.races.stage;

import java.util.List;
import java.util.Optional;

import dev.threadlessons.races.SteppedCounter;
import dev.threadlessons.util.Level;
import dev.threadlessons.util.Stepper;

/**
 * The scheduler game's lost update: two workers call {@link SteppedCounter#increment()} once each,
 * and the player decides who reads and who writes next. The read is the step before
 * {@code increment()} is called; the write is the counter's own {@link RaceWindow}, between its
 * read and its write.
 *
 * <p>Not thread-safe, on purpose: the counter is the lesson's broken one. Thread-safety of the
 * level: its fields are written before the workers start and read by the controlling thread while
 * every worker waits at its gate ({@link Level}).
 */
public final class LostUpdateLevel implements Level {

    private static final List<String> WORKERS = List.of("worker-1", "worker-2");

    /** Whose write comes next is decided in the window, once the worker has read. */
    private SteppedCounter counter;

    @Override
    public String name() {
        return "lost-update";
    }

    @Override
    public String title() {
        return "lost update: two workers, one count++ each";
    }

    @Override
    public String goal() {
        return "Both workers add 1 to a count that starts at 0. Make it end at 1.";
    }

    @Override
    public List<CodeLine> code(String thread) {
        return List.of(
                CodeLine.plain("counter.increment():"),
                new CodeLine("read", "  long seen = count;    // read"),
                new CodeLine("write", "  count = seen + 1;     // write"));
    }

    @Override
    public void start(Stepper stepper) {
        // The window runs on the worker right after its read, while every other thread waits at
        // its gate: the count it sees there is the one the worker read.
        counter = new SteppedCounter(() -> {
            long seen = counter.get();
            stepper.stepOrCancel("write", () -> "count = " + (seen + 1));
        });
        for (String worker : WORKERS) {
            stepper.start(worker, () -> {
                stepper.step("read", () -> "count (" + counter.get() + ")");
                counter.increment();
            });
        }
    }

    @Override
    public String state() {
        return "count = " + counter.get();
    }

    @Override
    public Optional<String> outcome(Stepper stepper) {
        if (!stepper.finished() || counter.get() == WORKERS.size()) {
            return Optional.empty();
        }
        return Optional.of("both workers added 1, and count = " + counter.get() + ": one update was lost");
    }

    @Override
    public String explanation() {
        return """
                Both workers read 0 before either wrote, so both wrote 0 + 1 and the second write
                overwrote the first. count++ is a read and a write, and another thread can come in
                between; volatile makes each step visible, not the pair atomic. Every schedule in
                which both read before either writes loses the update. Lesson 06 holds a lock
                across the read and the write, and no schedule can come between them.""";
    }
}
