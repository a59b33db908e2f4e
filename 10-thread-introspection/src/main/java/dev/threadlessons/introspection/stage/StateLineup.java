package dev.threadlessons.introspection.stage;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Semaphore;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.threadlessons.util.ThreadListing;

/**
 * Named threads, each brought to one thread state and held there until
 * {@link #releaseAndJoin()}, so that a listing taken in between shows every state at once:
 *
 * <pre>
 *  busy-worker       RUNNABLE       spinning in a {@link BusyLoop}
 *  sleeping-worker   TIMED_WAITING  in Thread.sleep, until interrupted
 *  waiting-worker    WAITING        at a {@link Gate}, that is in Condition.await()
 *  monitor-holder    WAITING        at the same gate, while it holds a monitor
 *  blocked-worker    BLOCKED        trying to enter that monitor
 *  permit-waiter-N   WAITING        in Semaphore.acquire(), on a semaphore with no permits
 * </pre>
 *
 * <p>{@link #start()} does not trust timing: after each start it waits, with a deadline, for
 * proof that the thread is where it should be: its state, and the queue it should be in (a
 * thread can also be WAITING for a moment on a logging lock, but not in the gate's queue).
 *
 * <p>Thread-safety: {@link #start()} and {@link #releaseAndJoin()} are for the one thread that
 * owns the lineup; the map of started threads is confined to it. The workers share only the
 * objects of {@link LineupWork}, which are thread-safe.
 */
public final class StateLineup {

    public static final String BUSY = "busy-worker";
    public static final String SLEEPER = "sleeping-worker";
    public static final String WAITER = "waiting-worker";
    public static final String HOLDER = "monitor-holder";
    public static final String BLOCKED = "blocked-worker";
    public static final String PERMIT_WAITER = "permit-waiter-";

    private static final Logger LOG = LoggerFactory.getLogger(StateLineup.class);

    private final int permitWaiters;
    private final Duration timeout;
    private final LineupWork work = new LineupWork();
    private final Map<Thread, Thread.State> expected = new LinkedHashMap<>();
    private boolean released;

    /**
     * A lineup with {@code permitWaiters} threads queued on the semaphore; {@code timeout}
     * bounds each wait for a state and each join.
     */
    public StateLineup(int permitWaiters, Duration timeout) {
        if (permitWaiters < 1) {
            throw new IllegalArgumentException("permitWaiters must be at least 1; was " + permitWaiters);
        }
        if (timeout.isZero() || timeout.isNegative()) {
            throw new IllegalArgumentException("timeout must be positive: " + timeout);
        }
        this.permitWaiters = permitWaiters;
        this.timeout = timeout;
    }

    /** Starts every thread and returns once each is in its state; throws if one is not in time. */
    public void start() throws InterruptedException {
        if (!expected.isEmpty()) {
            throw new IllegalStateException("the lineup has already been started");
        }
        var busy = launch(BUSY, work::spin, Thread.State.RUNNABLE);
        if (!work.busyLoop().awaitSpinning(timeout)) {
            throw new IllegalStateException(BUSY + " did not start spinning in " + timeout);
        }
        Polling.awaitState(busy, Thread.State.RUNNABLE, timeout);

        var sleeper = launch(SLEEPER, work::sleepUntilInterrupted, Thread.State.TIMED_WAITING);
        Polling.awaitState(sleeper, Thread.State.TIMED_WAITING, timeout);

        var waiter = launch(WAITER, work::waitAtGate, Thread.State.WAITING);
        Polling.until(() -> work.gate().waitingThreads() == 1
                && waiter.getState() == Thread.State.WAITING, timeout, WAITER + " waits at the gate");

        var holder = launch(HOLDER, work::holdMonitor, Thread.State.WAITING);
        if (!work.awaitMonitorHeld(timeout)) {
            throw new IllegalStateException(HOLDER + " did not take the monitor in " + timeout);
        }
        Polling.until(() -> work.gate().waitingThreads() == 2
                && holder.getState() == Thread.State.WAITING, timeout, HOLDER + " waits at the gate");

        var blocked = launch(BLOCKED, work::enterMonitor, Thread.State.BLOCKED);
        Polling.until(() -> {
            var row = ThreadListing.of(blocked);
            return row.state() == Thread.State.BLOCKED && row.lockOwnerId() == holder.getId();
        }, timeout, BLOCKED + " is blocked on the monitor that " + HOLDER + " holds");

        var waiters = new ArrayList<Thread>();
        for (int i = 1; i <= permitWaiters; i++) {
            waiters.add(launch(PERMIT_WAITER + i, work::takePermit, Thread.State.WAITING));
        }
        Polling.until(() -> work.permits().getQueueLength() == permitWaiters
                        && waiters.stream().allMatch(w -> w.getState() == Thread.State.WAITING),
                timeout, permitWaiters + " threads are queued on the semaphore");
    }

    /**
     * Lets every thread go (stops the loop, interrupts the sleeper, opens the gate, gives one
     * permit) and joins them all; throws if one is still alive after the timeout. Safe to call
     * after a failed or missing {@link #start()}, and more than once.
     */
    public void releaseAndJoin() throws InterruptedException {
        if (!released) {
            released = true;
            thread(SLEEPER).ifPresent(Thread::interrupt);
            work.release();
        }
        for (Thread thread : expected.keySet()) {
            thread.join(timeout.toMillis());
        }
        var alive = expected.keySet().stream().filter(Thread::isAlive).map(Thread::getName).toList();
        if (!alive.isEmpty()) {
            throw new IllegalStateException("still alive after release: " + alive);
        }
    }

    /** Each started thread with the state {@link #start()} brought it to, in start order. */
    public Map<Thread, Thread.State> expectedStates() {
        return Collections.unmodifiableMap(expected);
    }

    /** The started thread named {@code name}, if it was started. */
    public Optional<Thread> thread(String name) {
        return expected.keySet().stream().filter(t -> t.getName().equals(name)).findFirst();
    }

    /** The semaphore the permit waiters queue on; it starts with no permits. */
    public Semaphore semaphore() {
        return work.permits();
    }

    /** The loop that {@value #BUSY} runs. */
    public BusyLoop busyLoop() {
        return work.busyLoop();
    }

    private Thread launch(String name, Runnable body, Thread.State state) {
        var thread = new Thread(body, name);
        thread.setUncaughtExceptionHandler((t, e) -> LOG.error("{} died", t.getName(), e));
        // Recorded before start, so that releaseAndJoin covers it whatever happens next.
        expected.put(thread, state);
        thread.start();
        return thread;
    }
}
