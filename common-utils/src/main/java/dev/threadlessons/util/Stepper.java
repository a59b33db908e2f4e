package dev.threadlessons.util;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Lets a person (or a test) be the scheduler: real Java threads that run one step at a time, each
 * step only when the stepper lets that one thread take it.
 *
 * <p>A thread of a scene calls {@link #step(String, Supplier)} before each of its steps: it
 * announces the step and waits at its own gate. {@link #allow(String)} opens the gate of exactly
 * one thread; the stepper then waits until every thread of the scene is still again: at its next
 * gate, finished, or stuck on a real lock or condition of the lesson's code. What it knows about
 * each thread comes from the JVM: {@link Thread#getState()}, and from the {@link ThreadMXBean} the
 * lock a thread waits for and the thread that owns it, and whether threads are deadlocked. Only
 * the lesson's own code runs; the steps are the hooks its classes already have for the forced
 * interleavings of the tests.
 *
 * <p>A thread that calls {@code step} without having been started by a stepper is not stepped:
 * {@code step} returns at once, so the same hook costs nothing in the demo and the tests.
 *
 * <p>How "still" is known. A thread at its gate has announced a step and is parked on the gate;
 * a thread stuck on a lock is BLOCKED or WAITING somewhere else. The JVM hands a released lock to
 * a waiting thread a moment later, so a thread blocked on a monitor or parked on a
 * {@code ReentrantLock} that no thread owns any more is about to move, and the stepper waits for
 * it. A thread waiting on a {@code Condition}, a semaphore or a latch has no owner to ask about;
 * while one does, the stepper also waits until nothing has changed for {@link #QUIET}, so that a
 * thread signalled a moment ago is seen moving.
 *
 * <p>Thread-safety: the scene's threads call {@code step}; one controlling thread calls the rest.
 * Each gate's fields are volatile or a {@link Semaphore}, which gives the happens-before edges
 * between a thread and its controller.
 */
public final class Stepper implements AutoCloseable {

    /** How long every thread must look unchanged before a scene with condition waiters counts as still. */
    static final Duration QUIET = Duration.ofMillis(30);
    /** How long a scene may take to become still after one step before the stepper gives up. */
    static final Duration PATIENCE = Duration.ofSeconds(10);

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /** A thread's body: the scene's code, which calls {@link #step(String, Supplier)} between steps. */
    @FunctionalInterface
    public interface Body {
        void run() throws Exception;
    }

    /** What a thread of the scene is doing now. */
    public enum Status {
        /** At its gate, with a step announced: it can move. */
        READY,
        /** Stuck on a lock, a monitor or a condition of the scene: it cannot move. */
        STUCK,
        /** Its body returned or threw. */
        FINISHED
    }

    /**
     * One thread of the scene as the stepper sees it.
     *
     * @param number    its number in the scene, from 1, which a player types to move it
     * @param name      its name
     * @param status    ready, stuck or finished
     * @param stepKey   the key of the step it announced, or of the last one it took
     * @param stepText  what that step does, with its detail, such as {@code read balance (100)}
     * @param waitingOn for a stuck thread, what it waits for and who holds it, as the JVM says
     *                  (empty for a thread that waits for no lock, such as one asleep)
     * @param jvmState  for a stuck thread, its state as the JVM says: {@code BLOCKED} on a monitor,
     *                  {@code WAITING} or {@code TIMED_WAITING} parked or asleep; else null
     * @param failure   for a finished thread, what its body threw, or empty
     */
    public record View(int number, String name, Status status, String stepKey, String stepText,
                       String waitingOn, Thread.State jvmState, Optional<Throwable> failure) {
    }

    /** One thread's gate. */
    private static final class Gate {
        final Semaphore go = new Semaphore(0);
        volatile String key = "";
        volatile Supplier<String> detail = () -> "";
        volatile boolean atGate;
        volatile int arrivals;
        volatile Throwable failure;
    }

    private final boolean quiet;
    private final Map<Thread, Gate> gates = new LinkedHashMap<>();
    private final ThreadLocal<Gate> own = new ThreadLocal<>();
    private final List<String> taken = new ArrayList<>();

    /**
     * A stepper whose threads log as the lesson's classes make them, between the game's screens,
     * until {@link #close()}: from then on they log nothing.
     */
    public Stepper() {
        this(false);
    }

    private Stepper(boolean quiet) {
        this.quiet = quiet;
    }

    /**
     * A stepper whose threads log nothing ({@link SilencedThreads}): for {@link Explorer}, which
     * plays hundreds of schedules that nobody watches.
     */
    public static Stepper quiet() {
        return new Stepper(true);
    }

    /**
     * Called by a thread of the scene before each step: announces it and waits until the stepper
     * lets this thread take it. Returns at once on a thread this stepper did not start.
     *
     * @param key    which step of the thread's code this is (the level marks that line)
     * @param detail what it will do, worked out whenever the screen is drawn (so that it shows the
     *               value the step would read now, not when it was announced), such as
     *               {@code () -> "(" + count + ")"}
     */
    public void step(String key, Supplier<String> detail) throws InterruptedException {
        Gate gate = own.get();
        if (gate == null) {
            return;
        }
        gate.key = key;
        gate.detail = detail;
        gate.atGate = true;
        gate.arrivals++;
        try {
            gate.go.acquire();
        } finally {
            gate.atGate = false;
        }
    }

    /**
     * As {@link #step(String, Supplier)}, for a hook that cannot throw
     * {@link InterruptedException}, such as a {@code Runnable} or a lesson's race window. The
     * stepper interrupts a thread at its gate to end a level early; such a thread keeps its
     * interrupt and leaves by a {@link CancellationException}, so that it never takes the step.
     */
    public void stepOrCancel(String key, Supplier<String> detail) {
        try {
            step(key, detail);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("the level ended while " + Thread.currentThread().getName()
                    + " waited for its turn");
        }
    }

    /** As {@link #step(String, Supplier)} for a step whose description never changes. */
    public void step(String key) throws InterruptedException {
        step(key, () -> "");
    }

    /** Starts a thread of the scene named {@code name}, and waits until it is still (usually at its first step). */
    public Thread start(String name, Body body) {
        var gate = new Gate();
        var thread = new Thread(() -> {
            own.set(gate);
            try {
                body.run();
            } catch (InterruptedException | CancellationException e) {
                // the level was closed while this thread waited: it simply ends
            } catch (Throwable failure) {
                gate.failure = failure;
            } finally {
                SilencedThreads.release(Thread.currentThread());
            }
        }, name);
        // A level abandoned while a thread is stuck on a monitor must not keep the JVM alive.
        thread.setDaemon(true);
        synchronized (gates) {
            gates.put(thread, gate);
        }
        if (quiet) {
            SilencedThreads.silence(thread);
        }
        int before = gate.arrivals;
        thread.start();
        settle(Map.of(thread, before));
        return thread;
    }

    /**
     * Lets the thread named {@code name} take the step it announced, and waits until the scene is
     * still again.
     *
     * @throws IllegalArgumentException if there is no such thread or it cannot move now
     */
    public void allow(String name) {
        var entry = entryOf(name);
        Gate gate = entry.getValue();
        if (status(entry.getKey(), gate) != Status.READY) {
            throw new IllegalArgumentException(name + " cannot move now");
        }
        synchronized (taken) {
            taken.add(name + ": " + text(gate));
        }
        int before = gate.arrivals;
        gate.go.release();
        settle(Map.of(entry.getKey(), before));
    }

    /** Every thread of the scene, in the order they were started. */
    public List<View> views() {
        var views = new ArrayList<View>();
        int number = 1;
        for (var entry : entries()) {
            Thread thread = entry.getKey();
            Gate gate = entry.getValue();
            Status status = status(thread, gate);
            boolean stuck = status == Status.STUCK;
            views.add(new View(number++, thread.getName(), status, gate.key, text(gate),
                    stuck ? waitingOn(thread) : "", stuck ? thread.getState() : null,
                    Optional.ofNullable(gate.failure)));
        }
        return views;
    }

    /** The names of the threads that can move now. */
    public List<String> movable() {
        return views().stream().filter(view -> view.status() == Status.READY).map(View::name).toList();
    }

    /** Whether every thread has finished. */
    public boolean finished() {
        return views().stream().allMatch(view -> view.status() == Status.FINISHED);
    }

    /**
     * Whether the scene can go no further although some thread has not finished: nobody can move.
     * {@link #deadlockedThreads()} says whether the JVM calls it a deadlock.
     */
    public boolean stuck() {
        var all = views();
        return all.stream().noneMatch(view -> view.status() == Status.READY)
                && all.stream().anyMatch(view -> view.status() == Status.STUCK);
    }

    /** The names of the scene's threads that the JVM finds deadlocked (monitors and ownable synchronizers). */
    public Set<String> deadlockedThreads() {
        long[] ids = THREADS.findDeadlockedThreads();
        if (ids == null) {
            return Set.of();
        }
        Set<Long> deadlocked = Arrays.stream(ids).boxed().collect(Collectors.toSet());
        return entries().stream().map(Map.Entry::getKey)
                .filter(thread -> deadlocked.contains(idOf(thread)))
                .map(Thread::getName).collect(Collectors.toUnmodifiableSet());
    }

    /** The steps taken so far, in order, as {@code thread: step}. */
    public List<String> taken() {
        synchronized (taken) {
            return List.copyOf(taken);
        }
    }

    /**
     * Ends the scene: interrupts every thread still alive (a thread at its gate, or waiting
     * interruptibly, then ends) and waits a moment for each. A thread stuck entering a
     * {@code synchronized} cannot be interrupted; it is a daemon and ends with the JVM.
     */
    @Override
    public void close() {
        var threads = entries().stream().map(Map.Entry::getKey).toList();
        // Silenced first: a thread that gets a lock as the others end must not log steps nobody sees.
        threads.stream().filter(Thread::isAlive).forEach(SilencedThreads::silence);
        threads.forEach(Thread::interrupt);
        for (Thread thread : threads) {
            try {
                thread.join(PATIENCE.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private List<Map.Entry<Thread, Gate>> entries() {
        synchronized (gates) {
            return List.copyOf(gates.entrySet());
        }
    }

    private Map.Entry<Thread, Gate> entryOf(String name) {
        return entries().stream().filter(entry -> entry.getKey().getName().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no thread named " + name + " in this scene"));
    }

    private static String text(Gate gate) {
        String detail = gate.detail.get();
        return detail.isEmpty() ? gate.key : gate.key + " " + detail;
    }

    private static Status status(Thread thread, Gate gate) {
        if (!thread.isAlive()) {
            return Status.FINISHED;
        }
        return gate.atGate ? Status.READY : Status.STUCK;
    }

    /**
     * Waits until the scene is still: each thread in {@code moved} has left the gate it was
     * released from (it arrived again, finished, or got stuck), and every thread is at a gate,
     * finished, or waiting for something that no released lock is about to give it.
     */
    private void settle(Map<Thread, Integer> moved) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        String lastPicture = null;
        long quietSince = System.nanoTime();
        while (true) {
            boolean still = true;
            boolean conditionWaiter = false;
            var picture = new StringBuilder();
            for (var entry : entries()) {
                Thread thread = entry.getKey();
                Gate gate = entry.getValue();
                // One snapshot per thread: its state, what it waits for and that thing's owner read
                // at one instant. Read apart, a thread woken between the reads could look at rest.
                ThreadInfo info = THREADS.getThreadInfo(idOf(thread));
                Thread.State state = info != null ? info.getThreadState()
                        : thread.isAlive() ? thread.getState() : Thread.State.TERMINATED;
                boolean waitsOnOwnedLock = info != null && waiting(state) && ownerKnown(info);
                Integer before = moved.get(thread);
                boolean left = before == null || gate.arrivals > before || state == Thread.State.TERMINATED
                        || (!gate.atGate && waiting(state));
                boolean atRest = state == Thread.State.TERMINATED
                        || (gate.atGate && state == Thread.State.WAITING)
                        || (!gate.atGate && waiting(state) && !(waitsOnOwnedLock && info.getLockOwnerId() == -1));
                still &= left && atRest;
                conditionWaiter |= !gate.atGate && waiting(state) && !waitsOnOwnedLock;
                picture.append(thread.getName()).append(state).append(gate.atGate).append(gate.arrivals).append(';');
            }
            String now = picture.toString();
            if (!now.equals(lastPicture)) {
                lastPicture = now;
                quietSince = System.nanoTime();
            }
            boolean quietEnough = !conditionWaiter || System.nanoTime() - quietSince >= QUIET.toNanos();
            if (still && quietEnough) {
                return;
            }
            if (System.nanoTime() - deadline > 0) {
                throw new IllegalStateException("the scene did not come to rest within " + PATIENCE + ": " + now);
            }
            // The JVM tells no one when a thread parks or blocks: look again in a moment.
            LockSupport.parkNanos(200_000);
        }
    }

    private static boolean waiting(Thread.State state) {
        return state == Thread.State.BLOCKED || state == Thread.State.WAITING || state == Thread.State.TIMED_WAITING;
    }

    /**
     * Whether the JVM names the owner of what a thread waits for, when there is one: a monitor
     * (BLOCKED) or a {@code ReentrantLock}. A semaphore, a latch or a condition has no owner to
     * name. A thread waiting for such a lock that no thread owns is about to get it.
     */
    private static boolean ownerKnown(ThreadInfo info) {
        return info.getThreadState() == Thread.State.BLOCKED
                || (info.getLockName() != null && info.getLockName().startsWith("java.util.concurrent.locks.ReentrantLock$"));
    }

    /** What a stuck thread waits for, and who holds it, in the JVM's words. */
    private static String waitingOn(Thread thread) {
        ThreadInfo info = THREADS.getThreadInfo(idOf(thread));
        if (info == null || info.getLockName() == null) {
            return "";
        }
        return info.getLockName() + (info.getLockOwnerName() == null ? "" : ", held by " + info.getLockOwnerName());
    }

    @SuppressWarnings("deprecation") // getId: threadId() exists only from JDK 19 on
    private static long idOf(Thread thread) {
        return thread.getId();
    }
}
