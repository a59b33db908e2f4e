package dev.threadlessons.semaphores;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.threadlessons.testing.TestThreads;
import dev.threadlessons.testing.TestThreads.Started;

/**
 * Every operation of {@link BoundedSemaphore} lets go of its lock before it returns. A test that
 * calls everything on one thread cannot see a missing {@code unlock()}: a {@code ReentrantLock}
 * lets the thread that holds it in again. So each operation runs on a thread of its own that
 * then ends, and another thread uses the semaphore afterwards: had the first kept the lock, the
 * second would wait for it for ever, and the test fails once its patience runs out.
 */
class BoundedSemaphoreLetsGoOfItsLockTest {

    /** Long enough for a busy machine; a thread stuck on a lock never finishes at all. */
    private static final Duration PATIENCE = Duration.ofSeconds(5);

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"acquire", "tryAcquire", "tryAcquire(timeout)", "tryAcquire(timeout) at zero",
            "release", "release(2)", "refused release", "availablePermits"})
    void anotherThreadCanUseTheSemaphoreAfterThisOperationReturned(String operation) throws Exception {
        var semaphore = new BoundedSemaphore(2);
        semaphore.acquire();
        semaphore.acquire();   // both out: acquire and the timed waits below have to look at zero

        Started<Void> first = TestThreads.run("first", () -> call(operation, semaphore));
        first.result();

        int expected = switch (operation) {
            case "release" -> 1;
            case "release(2)" -> 2;
            default -> 0;
        };
        Started<Integer> second = TestThreads.start("second", semaphore::availablePermits);
        try {
            TestThreads.joinAll(PATIENCE, List.of(second.thread()));
        } catch (AssertionError stuck) {
            throw new AssertionError(operation + " returned on thread 'first' without letting go of the semaphore's lock:"
                    + " thread 'second' waited " + PATIENCE.toSeconds() + " s for it", stuck);
        }
        assertEquals(expected, second.result(), operation + " left the count wrong");
    }

    private static void call(String operation, BoundedSemaphore semaphore) throws InterruptedException {
        switch (operation) {
            case "acquire" -> {
                // Takes a permit that a release on this thread puts back, so acquire has run whole.
                semaphore.release();
                semaphore.acquire();
            }
            case "tryAcquire" -> semaphore.tryAcquire();
            case "tryAcquire(timeout)" -> semaphore.tryAcquire(1, TimeUnit.MILLISECONDS);
            case "tryAcquire(timeout) at zero" -> semaphore.tryAcquire(0, TimeUnit.MILLISECONDS);
            case "release" -> semaphore.release();
            case "release(2)" -> semaphore.release(2);
            case "refused release" -> {
                semaphore.release(2);
                try {
                    semaphore.release();
                } catch (IllegalStateException expected) {
                    // refused, as it must be: all permits are back
                }
                semaphore.acquire();
                semaphore.acquire();
            }
            case "availablePermits" -> semaphore.availablePermits();
            default -> throw new IllegalArgumentException(operation);
        }
    }
}
