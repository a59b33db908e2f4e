package dev.threadlessons.subclassing.stage;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ends an executor the way the {@code ExecutorService} Javadoc shows
 * ({@code shutdownAndAwaitTermination}): no new jobs, let the submitted ones finish, and if they
 * take too long interrupt them. Nothing is thrown, since this runs in a {@code finally} and would
 * hide the exception that brought the demo there.
 *
 * <p>Java 17's {@code ExecutorService} has no {@code close()} (JDK 19 added one, which waits with no
 * time limit), so a {@code try}/{@code finally} calls this where Python writes
 * {@code with ThreadPoolExecutor() as ex:}.
 *
 * <p>Thread-safety: stateless.
 */
public final class Pools {

    private static final Logger LOG = LoggerFactory.getLogger(Pools.class);
    private static final long PATIENCE_SECONDS = 10;

    private Pools() {
    }

    /** Shuts {@code pool} down and waits for its threads to end. */
    public static void shutDownAndWait(ExecutorService pool) {
        pool.shutdown();
        try {
            if (!pool.awaitTermination(PATIENCE_SECONDS, TimeUnit.SECONDS)) {
                pool.shutdownNow();
                if (!pool.awaitTermination(PATIENCE_SECONDS, TimeUnit.SECONDS)) {
                    LOG.warn("a pool's threads did not end, even when interrupted");
                }
            }
        } catch (InterruptedException e) {
            pool.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
