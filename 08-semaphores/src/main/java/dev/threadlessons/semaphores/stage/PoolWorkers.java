package dev.threadlessons.semaphores.stage;

import java.time.Duration;
import java.util.ArrayList;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.threadlessons.semaphores.Connection;
import dev.threadlessons.semaphores.ConnectionPool;
import dev.threadlessons.util.Durations;
import dev.threadlessons.util.Timeline;
import dev.threadlessons.util.Timing;

/**
 * More workers than connections: each worker borrows a connection from a {@link ConnectionPool},
 * uses it for a while (a sleep standing for a query), and gives it back. Each step is logged, so
 * the output shows who waited, who got in, and who left to let the next one in; the timeline
 * records which connection each worker held, and when. An {@link OccupancyGauge} counts the
 * workers holding a connection, so that the run can show that count never went above the permits.
 *
 * <p>Thread-safety: stateless; the pool, the gauge and the timeline are thread-safe.
 */
public final class PoolWorkers {

    private static final Logger LOG = LoggerFactory.getLogger(PoolWorkers.class);

    private PoolWorkers() {
    }

    /**
     * What a run of the workers showed.
     *
     * @param peak     the most workers that held a connection at the same moment
     * @param timeline which connection each worker held, and when, from the run's start
     */
    public record Run(int peak, Timeline timeline) {
    }

    /**
     * Runs {@code workers} threads named {@code worker-1}, {@code worker-2}, ... against
     * {@code pool}, each holding a connection for {@code work}, and returns when all have finished.
     */
    public static Run run(ConnectionPool pool, int workers, Duration work) throws InterruptedException {
        var timeline = new Timeline();
        var gauge = new OccupancyGauge();
        var threads = new ArrayList<Thread>();
        for (int i = 1; i <= workers; i++) {
            var thread = new Thread(() -> useOneConnection(pool, gauge, work, timeline), "worker-" + i);
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        return new Run(gauge.peak(), timeline);
    }

    private static void useOneConnection(ConnectionPool pool, OccupancyGauge gauge, Duration work,
            Timeline timeline) {
        try {
            LOG.info("wants a connection ({} of {} free)", pool.available(), pool.size());
            var borrowed = Timing.timed(pool::borrow);
            Connection connection = borrowed.result();
            // Python: "with pool_semaphore:" - the finally gives the permit back on every path.
            try {
                int inside = gauge.enter();
                try {
                    LOG.info("acquired {} after waiting {} ({} inside)",
                            connection, Durations.format(borrowed.elapsed()), inside);
                    timeline.run(connection.name(), () -> Thread.sleep(work.toMillis()));
                } finally {
                    gauge.leave();
                }
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
