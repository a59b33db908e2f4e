package dev.threadlessons.semaphores.stage;

import java.time.Duration;
import java.util.ArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.threadlessons.semaphores.Connection;
import dev.threadlessons.semaphores.ConnectionPool;
import dev.threadlessons.util.Durations;
import dev.threadlessons.util.Timing;

/**
 * A worker that will not wait forever: it asks for a connection with a timeout
 * ({@code Semaphore.tryAcquire(timeout, unit)}, Python's {@code acquire(timeout=...)}) while the
 * calling thread holds every connection of the pool, so it has to give up.
 *
 * <p>Thread-safety: stateless; the pool it is given is thread-safe.
 */
public final class ImpatientWorker {

    private static final Logger LOG = LoggerFactory.getLogger(ImpatientWorker.class);

    /** Whether the impatient worker got a connection, and how long it waited. */
    public record Attempt(boolean gotOne, Duration waited) {
    }

    private ImpatientWorker() {
    }

    /**
     * Takes every connection of {@code pool}, lets a thread named {@code impatient-worker} try to
     * borrow one within {@code timeout}, then gives all connections back.
     */
    public static Attempt tryOnFullPool(ConnectionPool pool, Duration timeout) throws InterruptedException {
        var held = new ArrayList<Connection>();
        try {
            while (held.size() < pool.size()) {
                held.add(pool.borrow());
            }
            LOG.info("holding all {} connections: {}", held.size(), held);
            var attempt = new FutureTask<>(() -> tryOnce(pool, timeout));
            var impatient = new Thread(attempt, "impatient-worker");
            impatient.start();
            impatient.join();
            return attempt.get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("the impatient worker failed", e.getCause());
        } finally {
            held.forEach(pool::giveBack);
        }
    }

    private static Attempt tryOnce(ConnectionPool pool, Duration timeout) {
        LOG.info("asking for a connection, waiting at most {}", Durations.format(timeout));
        try {
            var timed = Timing.timed(() -> pool.tryBorrow(timeout));
            timed.result().ifPresentOrElse(
                    connection -> {
                        LOG.info("got {} after all", connection);
                        pool.giveBack(connection);
                    },
                    () -> LOG.info("gave up after {}: no connection came free", Durations.format(timed.elapsed())));
            return new Attempt(timed.result().isPresent(), timed.elapsed());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Attempt(false, Duration.ZERO);
        }
    }
}
