package dev.threadlessons.introspection.stage;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What each thread of a {@link StateLineup} runs, and the shared objects that hold it in its
 * state: a busy loop, a sleep, a gate, a monitor and a semaphore with no permits. Each method is
 * a thread's whole body; {@link #release()} lets all of them go except the sleeper, which only an
 * interrupt of that thread wakes.
 *
 * <p>Thread-safety: thread-safe; each method runs on its own thread and the objects they share
 * are thread-safe. {@code monitor} is the lock that {@link #holdMonitor()} holds and
 * {@link #enterMonitor()} waits for; it guards no data, being there only to be held.
 */
final class LineupWork {

    private static final Logger LOG = LoggerFactory.getLogger(LineupWork.class);
    /** Bounds on work that normally ends much sooner, when released. */
    private static final Duration SPIN_LIMIT = Duration.ofSeconds(30);
    private static final Duration LONGEST_SLEEP = Duration.ofSeconds(60);

    private final BusyLoop busyLoop = new BusyLoop(SPIN_LIMIT);
    private final Gate gate = new Gate();
    private final Object monitor = new Object();
    private final CountDownLatch monitorHeld = new CountDownLatch(1);
    private final Semaphore permits = new Semaphore(0);

    BusyLoop busyLoop() {
        return busyLoop;
    }

    Gate gate() {
        return gate;
    }

    Semaphore permits() {
        return permits;
    }

    boolean awaitMonitorHeld(Duration timeout) throws InterruptedException {
        return monitorHeld.await(timeout.toNanos(), TimeUnit.NANOSECONDS);
    }

    /** Stops the loop, opens the gate and hands one permit to the semaphore's queue. */
    void release() {
        busyLoop.requestStop();
        gate.open();
        // One permit, which each waiter gives back after use: it passes down the queue.
        permits.release();
    }

    void spin() {
        busyLoop.run();
        LOG.info("{} after {} turns", busyLoop.hitLimit() ? "hit the time limit" : "told to stop",
                String.format("%,d", busyLoop.iterations()));
    }

    void sleepUntilInterrupted() {
        LOG.info("sleeping for up to {} s", LONGEST_SLEEP.toSeconds());
        try {
            Thread.sleep(LONGEST_SLEEP.toMillis());
            LOG.info("slept the full time; nobody woke me");
        } catch (InterruptedException e) {
            // Being interrupted is this thread's signal to end, and it ends right here.
            LOG.info("woken by interrupt()");
        }
    }

    void waitAtGate() {
        LOG.info("waiting at the gate (Condition.await)");
        try {
            gate.await();
            LOG.info("the gate opened");
        } catch (InterruptedException e) {
            LOG.info("interrupted at the gate");
        }
    }

    // tag::monitor[]
    void holdMonitor() {
        synchronized (monitor) {
            monitorHeld.countDown();
            LOG.info("holding the monitor while waiting at the gate");
            try {
                gate.await();
            } catch (InterruptedException e) {
                LOG.info("interrupted at the gate");
            }
            LOG.info("leaving the monitor");
        }
    }

    void enterMonitor() {
        LOG.info("entering the monitor that {} holds", StateLineup.HOLDER);
        synchronized (monitor) {
            LOG.info("inside the monitor at last");
        }
    }
    // end::monitor[]

    void takePermit() {
        LOG.info("asking for a permit");
        try {
            permits.acquire();
        } catch (InterruptedException e) {
            LOG.info("interrupted before a permit came");
            return;
        }
        try {
            LOG.info("got the permit; passing it on");
        } finally {
            permits.release();
        }
    }
}
