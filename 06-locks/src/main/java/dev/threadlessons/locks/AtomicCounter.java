package dev.threadlessons.locks;

import java.util.concurrent.atomic.AtomicLong;

/**
 * The counter fixed without a lock: {@link AtomicLong#incrementAndGet()} reads, adds and writes
 * in one indivisible step. It calls {@code Unsafe.getAndAddLong}, which is
 * {@code @IntrinsicCandidate} (JDK source, {@code jdk.internal.misc.Unsafe}): once the method is
 * compiled, HotSpot replaces it with one atomic add instruction ({@code lock xadd} on x86-64,
 * {@code ldadd} on ARMv8.1 and later), an add that cannot fail and so is never retried. Run
 * with {@code -XX:+UnlockDiagnosticVMOptions -XX:+PrintIntrinsics} to see
 * {@code Unsafe::getAndAddLong (intrinsic)}. No thread waits for another to leave a critical
 * section; under contention what it pays is the cache line that holds the count moving from core
 * to core. Python's standard library has no atomic integer; there, a counter shared by threads
 * takes a lock.
 *
 * <p>Works only while the whole update is one operation on one variable. Two related variables
 * need a lock; a check followed by an act on this one variable needs a lock, or a
 * {@code compareAndSet} loop that starts again when another thread changed the value in between.
 * {@link UnsafeAccount} does neither, and overdraws.
 *
 * <p>Thread-safety: thread-safe, lock-free. {@code count} guards itself. Happens-before: an
 * atomic update happens-before every later read that sees its value (the effects of a
 * {@code volatile} write and read, {@code java.util.concurrent.atomic} package documentation).
 */
public final class AtomicCounter implements Counter {

    private final AtomicLong count = new AtomicLong();

    @Override
    public void increment() {
        count.incrementAndGet();
    }

    @Override
    public long get() {
        return count.get();
    }
}
