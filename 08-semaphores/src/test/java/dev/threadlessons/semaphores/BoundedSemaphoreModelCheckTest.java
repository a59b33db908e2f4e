package dev.threadlessons.semaphores;

import org.jetbrains.lincheck.datastructures.Operation;
import org.junit.jupiter.api.Test;

import dev.threadlessons.testing.ModelCheck;

/**
 * {@link BoundedSemaphore}'s non-blocking operations are linearizable against the plainest model
 * of a bounded count: take a permit if one is left, give one back unless all are back already,
 * read the count. Lincheck's model checker runs them on two threads, switching at every lock and
 * shared read or write, and every outcome matches the model run one call at a time.
 *
 * <p>What this cannot show is the bound's documented limit: a release by a thread that never
 * acquired, while permits are out, is accepted by the semaphore and by the model alike (a count
 * cannot tell whose permit comes back). {@code BoundedSemaphoreTest} shows that limit with a
 * sequential test.
 *
 * <p>Public, with {@code @Operation} methods, because Lincheck creates this class anew for every
 * run and calls the operations on its threads.
 */
public class BoundedSemaphoreModelCheckTest {

    private final BoundedSemaphore semaphore = new BoundedSemaphore(2);

    @Operation
    public boolean tryAcquire() {
        return semaphore.tryAcquire();
    }

    /** "released", or "refused" when every permit was already back. */
    @Operation
    public String release() {
        try {
            semaphore.release();
            return "released";
        } catch (IllegalStateException aboveTheBound) {
            return "refused";
        }
    }

    @Operation
    public int availablePermits() {
        return semaphore.availablePermits();
    }

    /** The model: a count from 0 to 2, one call at a time. Not thread-safe: Lincheck runs it on one thread. */
    public static final class BoundedCount {
        private int available = 2;

        public boolean tryAcquire() {
            if (available == 0) {
                return false;
            }
            available--;
            return true;
        }

        public String release() {
            if (available == 2) {
                return "refused";
            }
            available++;
            return "released";
        }

        public int availablePermits() {
            return available;
        }
    }

    @Test
    void takingGivingBackAndCountingMatchABoundedCountOneCallAtATime() {
        ModelCheck.assertLinearizable(BoundedSemaphoreModelCheckTest.class, BoundedCount.class);
    }
}
