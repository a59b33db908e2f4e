package dev.threadlessons.locks;

import org.jetbrains.lincheck.datastructures.Operation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.threadlessons.testing.ModelCheck;

/**
 * Every fixed counter of the lesson is linearizable: Lincheck's model checker tries its
 * increments and reads on two threads, switching at every read, write and lock, and every
 * outcome it sees is one that the same calls made one at a time could give. Lesson 05's
 * {@code UnsafeCounter} fails the same check at once, with the lost update it prints.
 *
 * <p>Each nested class names one counter; Lincheck creates it anew for every run (it needs a
 * public class with a no-argument constructor) and calls the {@code @Operation} methods it
 * inherits.
 */
class FixedCountersModelCheckTest {

    // tag::declaration[]
    /** The operations Lincheck calls: an increment and a read of one counter. */
    public abstract static class Operations {
        private final Counter counter;

        Operations(Counter counter) {
            this.counter = counter;
        }

        @Operation
        public void increment() {
            counter.increment();
        }

        @Operation
        public long get() {
            return counter.get();
        }
    }

    /** The counter guarded by a ReentrantLock, as Lincheck sees it. */
    public static final class Locked extends Operations {
        public Locked() {
            super(new LockedCounter());
        }
    }
    // end::declaration[]

    public static final class SynchronizedMethods extends Operations {
        public SynchronizedMethods() {
            super(new SynchronizedCounter());
        }
    }

    public static final class SynchronizedBlock extends Operations {
        public SynchronizedBlock() {
            super(new SynchronizedBlockCounter());
        }
    }

    public static final class Atomic extends Operations {
        public Atomic() {
            super(new AtomicCounter());
        }
    }

    public static final class Adder extends Operations {
        public Adder() {
            super(new LongAdderCounter());
        }
    }

    // tag::check[]
    @ParameterizedTest(name = "{0}")
    @ValueSource(classes = {Locked.class, SynchronizedMethods.class, SynchronizedBlock.class, Atomic.class, Adder.class})
    void everyScheduleTheModelCheckerTriesGivesAnOutcomeOfSomeOneAtATimeOrder(Class<? extends Operations> counter) {
        ModelCheck.assertLinearizable(counter);
    }
    // end::check[]
}
