package dev.threadlessons.semaphores.stage;

import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.threadlessons.semaphores.BoundedSemaphore;
import dev.threadlessons.semaphores.CheckThenReleaseSemaphore;
import dev.threadlessons.semaphores.Connection;
import dev.threadlessons.semaphores.ConnectionPool;

/**
 * The bug a bounded semaphore exists for: a permit released twice. Each method plays it out on one
 * kind of semaphore and returns the permits available afterwards, to compare with the maximum.
 *
 * <p>Thread-safety: stateless; every method builds its own semaphore.
 */
public final class ExtraRelease {

    private static final Logger LOG = LoggerFactory.getLogger(ExtraRelease.class);
    /** Seconds a releaser waits for the other at the barrier: far more than any run needs. */
    private static final long PATIENCE = 10;

    private ExtraRelease() {
    }

    /** A JDK {@link Semaphore} takes the extra release without a word: one permit too many. */
    public static int onJdkSemaphore(int permits) throws InterruptedException {
        var semaphore = new Semaphore(permits);
        semaphore.acquire();
        semaphore.release();
        LOG.info("Semaphore({}): acquired and released once, {} permits", permits, semaphore.availablePermits());
        semaphore.release();
        LOG.info("Semaphore({}): released again by mistake, now {} permits", permits, semaphore.availablePermits());
        return semaphore.availablePermits();
    }

    /** A {@link BoundedSemaphore} refuses the extra release, and its count stays at the maximum. */
    public static int onBoundedSemaphore(int permits) throws InterruptedException {
        var semaphore = new BoundedSemaphore(permits);
        semaphore.acquire();
        semaphore.release();
        LOG.info("BoundedSemaphore({}): acquired and released once, {} permits",
                permits, semaphore.availablePermits());
        try {
            semaphore.release();
        } catch (IllegalStateException refused) {
            LOG.info("BoundedSemaphore({}): refused the extra release: {}", permits, refused.getMessage());
        }
        return semaphore.availablePermits();
    }

    /**
     * What one extra release while permits are out did.
     *
     * @param size                  the permits of the semaphore and the connections of the pool
     * @param freeWhileOneIsHeld    permits the bounded semaphore had free after the extra release,
     *                              while one holder still held its permit
     * @param correctReleaseRefused whether the other holder's correct release was the one refused
     * @param poolRefusedExtra      whether the pool refused the connection given back twice
     */
    public record WhileOut(int size, int freeWhileOneIsHeld, boolean correctReleaseRefused, boolean poolRefusedExtra) {
    }

    /**
     * The limit of a bounded semaphore: two permits out, and one of them released twice. The count
     * does not go above the maximum, so the extra release is accepted, and it is the other holder's
     * correct release, later, that is refused. A {@link ConnectionPool} knows what it lent out, and
     * refuses the same mistake at once. One thread plays both holders: permits have no owner. With
     * fewer than two permits there is no second holder, so the scene uses at least two.
     */
    public static WhileOut whilePermitsAreOut(int permits) throws InterruptedException {
        int size = Math.max(permits, 2);
        var semaphore = new BoundedSemaphore(size);
        semaphore.acquire();
        semaphore.acquire();
        semaphore.release();
        semaphore.release();
        int free = semaphore.availablePermits();
        LOG.info("BoundedSemaphore({}): 2 permits out, one of them released twice: accepted, {} of {} free"
                + " while the other holder still has its permit", size, free, size);
        boolean correctRefused = false;
        try {
            semaphore.release();
        } catch (IllegalStateException refused) {
            correctRefused = true;
            LOG.info("BoundedSemaphore({}): the other holder's correct release is the one refused: {}",
                    size, refused.getMessage());
        }
        var pool = new ConnectionPool(size);
        Connection first = pool.borrow();
        Connection second = pool.borrow();
        pool.giveBack(first);
        boolean poolRefused = false;
        try {
            pool.giveBack(first);
        } catch (IllegalArgumentException refused) {
            poolRefused = true;
            LOG.info("ConnectionPool({}): {} given back twice: refused at once: {}", size, first, refused.getMessage());
        }
        pool.giveBack(second);
        return new WhileOut(size, free, correctRefused, poolRefused);
    }

    /**
     * Two threads release at once a semaphore that misses one permit, both checking the count
     * before either releases (they meet at a barrier in between). Check-then-release lets both
     * through.
     */
    public static int racingOnCheckThenRelease(int permits) throws InterruptedException {
        var bothChecked = new CyclicBarrier(2);
        var semaphore = new CheckThenReleaseSemaphore(permits, () -> meet(bothChecked));
        semaphore.acquire();
        releaseFromTwoThreads(semaphore::release);
        LOG.info("CheckThenReleaseSemaphore({}): {} permits after two racing releases",
                permits, semaphore.availablePermits());
        return semaphore.availablePermits();
    }

    /** The same two racing releases on a {@link BoundedSemaphore}: exactly one gets through. */
    public static int racingOnBoundedSemaphore(int permits) throws InterruptedException {
        var semaphore = new BoundedSemaphore(permits);
        semaphore.acquire();
        var start = new CyclicBarrier(2);
        releaseFromTwoThreads(() -> {
            meet(start);
            semaphore.release();
        });
        LOG.info("BoundedSemaphore({}): {} permits after two racing releases",
                permits, semaphore.availablePermits());
        return semaphore.availablePermits();
    }

    /**
     * Runs {@code release} on two threads and joins them. Only the semaphore's own refusal (an
     * {@link IllegalStateException} from its {@code release()}) is reported as "refused"; a broken
     * scene, such as a releaser that never reaches the barrier, is rethrown here instead.
     */
    static void releaseFromTwoThreads(Runnable release) throws InterruptedException {
        var broken = new AtomicReference<SceneBroken>();
        Runnable releaseAndReport = () -> {
            try {
                release.run();
                LOG.info("released");
            } catch (SceneBroken e) {
                broken.compareAndSet(null, e);
            } catch (IllegalStateException refused) {
                LOG.info("refused: {}", refused.getMessage());
            }
        };
        var first = new Thread(releaseAndReport, "releaser-1");
        var second = new Thread(releaseAndReport, "releaser-2");
        first.start();
        second.start();
        first.join();
        second.join();
        if (broken.get() != null) {
            throw broken.get();
        }
    }

    /** Both releasers meet here; a releaser that waits longer than {@link #PATIENCE} breaks the scene. */
    private static void meet(CyclicBarrier barrier) {
        try {
            barrier.await(PATIENCE, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SceneBroken("interrupted while waiting for the other releaser", e);
        } catch (BrokenBarrierException | TimeoutException e) {
            throw new SceneBroken("the other releaser did not arrive within " + PATIENCE + " s", e);
        }
    }

    /** The scene itself failed (not the semaphore): a releaser never met the other one. */
    static final class SceneBroken extends RuntimeException {
        SceneBroken(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
