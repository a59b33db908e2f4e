package dev.threadlessons.races;

/**
 * A counter that several threads increment at once, and that loses updates when they do.
 *
 * <p>Not thread-safe, on purpose. {@code count++} looks like one step but is three: read the
 * field, add one, write the field back ({@code javap -c} shows {@code getfield}, {@code iconst_1},
 * {@code iadd}, {@code putfield}). Two threads that both read 41 both write 42, and one increment
 * is gone. How many updates are lost depends on how the threads happen to interleave, so it
 * changes from run to run and can be zero. {@link SteppedCounter} makes the same loss happen
 * every time.
 *
 * <p>Two names for what is wrong here, both true of this class:
 * <ul>
 *   <li>a <b>race condition</b> (Goetz et al., <i>Java Concurrency in Practice</i>, 2.2): whether
 *       the result is right depends on the timing of the threads; this one is a read-modify-write;</li>
 *   <li>a <b>data race</b> (JLS 17.4.5): two accesses to the same plain field, at least one a write
 *       (conflicting, JLS 17.4.1), not ordered by happens-before. So {@link #get()} is only
 *       meaningful after the incrementing threads have been joined ({@code join()} orders them).</li>
 * </ul>
 *
 * <p>The field is an {@code int}, so each read and write is one whole access; a plain
 * {@code long} may be written as two 32-bit halves (JLS 17.7). Lesson 06 fixes this class with a
 * lock, and again with {@code AtomicLong} and {@code LongAdder}.
 */
public final class UnsafeCounter {

    /** Not guarded by anything: that is the bug. */
    private int count;

    // tag::increment[]
    /** Adds one, in three steps that another thread can come between. */
    public void increment() {
        count++;                // read count, add 1, write count: not one step
    }
    // end::increment[]

    /** The count; call it after joining the threads that incremented. */
    public int get() {
        return count;
    }
}
