package dev.threadlessons.semaphores;

import java.time.Duration;
import java.util.ArrayList;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.threadlessons.util.Durations;
import dev.threadlessons.util.Timeline;
import dev.threadlessons.util.Timing;

/**
 * More workers than connections: each worker borrows a connection from a {@link ConnectionPool},
 * uses it for a while (a sleep standing for a query), and gives it back. Each step is logged, so
 * the output shows who waited, who got in, and who left to let the next one in; the timeline
 * records which connection each worker held, and when.
 *
 * <p>Thread-safety: stateless; the pool and the timeline it is given are thread-safe.
 */
public final class PoolWorkers {

    private static final Logger LOG = LoggerFactory.getLogger(PoolWorkers.class);

    private PoolWorkers() {
    }

    /**
     * Runs {@code workers} threads named {@code worker-1}, {@code worker-2}, ... against
     * {@code pool}, each holding a connection for {@code work}, and returns when all have finished.
     */
    public static void run(ConnectionPool pool, int workers, Duration work, Timeline timeline)
            throws InterruptedException {
        var threads = new ArrayList<Thread>();
        for (int i = 1; i <= workers; i++) {
            var thread = new Thread(() -> useOneConnection(pool, work, timeline), "worker-" + i);
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
    }

    private static void useOneConnection(ConnectionPool pool, Duration work, Timeline timeline) {
        try {
            LOG.info("wants a connection ({} of {} free)", pool.available(), pool.size());
            var borrowed = Timing.timed(pool::borrow);
            Connection connection = borrowed.result();
            // Python: "with pool_semaphore:" - the finally gives the permit back on every path.
            try {
                LOG.info("acquired {} after waiting {} ({} inside)",
                        connection, Durations.format(borrowed.elapsed()), pool.inside());
                timeline.run(connection.name(), () -> Thread.sleep(work.toMillis()));
            } finally {
                LOG.info("releasing {}", connection);
                pool.giveBack(connection);
            }
        } catch (InterruptedException e) {
            // Nobody interrupts the demo's workers; should someone, the worker stops quietly.
            Thread.currentThread().interrupt();
            LOG.info("interrupted, giving up");
        }
    }
}
