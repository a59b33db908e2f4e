package dev.threadlessons.races;

/**
 * A counter that several threads increment at once, and that loses updates when they do.
 *
 * <p>Not thread-safe. {@code count++} looks like one step but is three: read the field, add one,
 * write the field back (see the bytecode with {@code javap -c}). Two threads that both read 41
 * both write 42, and one increment is gone. Nothing guards {@code count}; how many updates are
 * lost depends on how the scheduler happens to interleave the threads, so it changes from run to
 * run, and can be zero. {@link SteppedCounter} makes the same loss happen every time.
 *
 * <p>There is no happens-before between the threads' writes either, so {@link #get()} is only
 * meaningful after the incrementing threads have been joined. Lesson 06 fixes this class with a
 * lock, and again with {@code AtomicLong} and {@code LongAdder}.
 */
public final class UnsafeCounter {

    /** Not guarded by anything: that is the bug. */
    private long count;

    /** Adds one, in three steps that another thread can come between. */
    public void increment() {
        count++;
    }

    /** The count; call it after joining the threads that incremented. */
    public long get() {
        return count;
    }
}
