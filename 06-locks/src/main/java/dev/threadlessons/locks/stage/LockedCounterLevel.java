package dev.threadlessons.locks.stage;

import java.util.List;
import java.util.Optional;

import dev.threadlessons.locks.LockedCounter;
import dev.threadlessons.util.Level;
import dev.threadlessons.util.Stepper;

/**
 * The scheduler game's locked counter: lesson 05's lost update, with two workers that each call
 * {@link LockedCounter#increment()} twice. The player chooses which worker's call comes next;
 * what happens inside a call, the read and the write, is under the counter's lock.
 *
 * <p>The level stops the workers only between calls: {@code LockedCounter} has no hook inside
 * its lock, and needs none to show the point here, since no other thread can act on the count
 * between {@code lock()} and {@code unlock()}. The account levels ({@link AccountLevel}) stop a
 * thread inside the lock and show the other one waiting at it.
 *
 * <p>Thread-safety: the counter is thread-safe; the level's field is written before the workers
 * start, and {@link #state()} takes the counter's lock only while no worker is inside a call.
 */
public final class LockedCounterLevel implements Level {

    private static final List<String> WORKERS = List.of("worker-1", "worker-2");
    private static final int CALLS = 2;

    private final LockedCounter counter = new LockedCounter();

    @Override
    public String name() {
        return "locked-counter";
    }

    @Override
    public String title() {
        return "locked counter: two workers, two increments each, under one ReentrantLock";
    }

    @Override
    public String goal() {
        return "Lesson 05 lost an update with these moves. Try to make the count end below 4.";
    }

    @Override
    public List<CodeLine> code(String thread) {
        return List.of(
                CodeLine.plain("for (int i = 0; i < 2; i++)"),
                new CodeLine("increment", "  counter.increment();"),
                CodeLine.plain("increment():"),
                CodeLine.plain("  lock.lock();"),
                CodeLine.plain("  try { count++; }"),
                CodeLine.plain("  finally { lock.unlock(); }"));
    }

    @Override
    public void start(Stepper stepper) {
        for (String worker : WORKERS) {
            stepper.start(worker, () -> {
                for (int call = 0; call < CALLS; call++) {
                    stepper.step("increment", () -> "count (" + counter.get() + ")");
                    counter.increment();
                }
            });
        }
    }

    @Override
    public String state() {
        return "count = " + counter.get();
    }

    @Override
    public Optional<String> outcome(Stepper stepper) {
        long expected = (long) WORKERS.size() * CALLS;
        return stepper.finished() && counter.get() != expected
                ? Optional.of("count = " + counter.get() + " after " + expected + " increments: an update was lost")
                : Optional.empty();
    }

    @Override
    public String explanation() {
        return """
                Whatever the order of the calls, each increment() reads and writes the count while
                it holds the lock, and a thread that calls it meanwhile waits at lock() until the
                holder's unlock(). So no read can come between another thread's read and write,
                and an unlock() happens-before the next lock(), which makes every write visible
                to the next reader. The lost update of lesson 05 needs exactly that gap.""";
    }
}
