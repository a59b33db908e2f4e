package dev.threadlessons.locks.stage;

import java.time.Duration;
import java.util.ArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.threadlessons.locks.ReadWriteLockedRegistry;

/**
 * Three readers in a {@link ReadWriteLockedRegistry} of prices at the same time, and a writer who
 * has to wait for all of them. Each reader waits inside its query at a barrier of three, so the
 * scene cannot go on unless all three really hold the read lock at once; then a writer arrives
 * and is queued until the readers leave.
 *
 * <p>Thread-safety: stateless; each {@link #play} has its own registry and threads.
 */
public final class ReadWriteScene {

    private static final Logger LOG = LoggerFactory.getLogger(ReadWriteScene.class);

    private static final int READERS = 3;
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    /**
     * What happened.
     *
     * @param readersTogether how many read holds there were while the readers met inside
     * @param writerState     the writer's state while it was queued behind the readers
     * @param newPrice        what the writer wrote once they had left
     */
    public record Outcome(int readersTogether, Thread.State writerState, long newPrice) {
    }

    private ReadWriteScene() {
    }

    /** Plays the scene once. */
    public static Outcome play() throws InterruptedException {
        var registry = new ReadWriteLockedRegistry();
        registry.register("coffee", 250);
        registry.register("tea", 200);
        var meeting = new CyclicBarrier(READERS);
        var allInside = new CountDownLatch(READERS);
        var mayLeave = new CountDownLatch(1);
        var readers = new ArrayList<NamedTask<Integer>>();
        NamedTask<Long> writer = null;
        Thread.State writerState;
        try {
            for (int i = 1; i <= READERS; i++) {
                readers.add(NamedTask.start("reader-" + i, () -> registry.query(prices -> {
                    meeting.await(TIMEOUT.toNanos(), TimeUnit.NANOSECONDS);
                    int inside = registry.readersInside();
                    LOG.info("reading {} prices, {} readers inside the read lock", prices.size(), inside);
                    allInside.countDown();
                    // Bounded, so that a failed scene cannot leave a reader holding the lock forever.
                    mayLeave.await(TIMEOUT.toNanos(), TimeUnit.NANOSECONDS);
                    return inside;
                })));
            }
            if (!allInside.await(TIMEOUT.toNanos(), TimeUnit.NANOSECONDS)) {
                throw new IllegalStateException("the readers did not all get inside within 10 s");
            }
            writer = NamedTask.start("writer", () -> registry.update("coffee", price -> price + 20));
            Thread writing = writer.thread();
            var seen = new AtomicReference<Thread.State>();
            LockWatch.await(() -> {
                seen.set(writing.getState());
                return registry.isWaiting(writing) && seen.get() == Thread.State.WAITING;
            }, TIMEOUT, "the writer to queue");
            writerState = seen.get();
            LOG.info("writer is {}, queued for the write lock while {} readers hold the read lock",
                    writerState, registry.readersInside());
        } finally {
            mayLeave.countDown();
            for (NamedTask<Integer> reader : readers) {
                reader.thread().join();
            }
            if (writer != null) {
                writer.thread().join();
            }
        }
        long newPrice = writer.join();
        LOG.info("the readers left; writer set coffee to {}", newPrice);
        return new Outcome(readers.get(0).join(), writerState, newPrice);
    }
}
