package dev.threadlessons.deadlock.stage;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.threadlessons.deadlock.Account;
import dev.threadlessons.deadlock.AccountLock;
import dev.threadlessons.deadlock.DeadlockingTransfer;
import dev.threadlessons.deadlock.Transfer;
import dev.threadlessons.util.Timeline;

/**
 * The deadlock of this lesson, on every run: two threads, {@code transfer-1-to-2} and
 * {@code transfer-2-to-1}, move money in opposite directions with {@link DeadlockingTransfer}.
 * A latch makes each take its first lock and wait until the other has taken its own; then each
 * asks for the lock the other holds, and neither can ever get it.
 *
 * <p>The threads are daemons, so that even a deadlock nobody breaks cannot keep the JVM (or
 * {@code mvn exec:java}) alive; {@link #breakByInterruptingVictim} ends them properly. Each
 * transfer is a {@link Timeline} task, so that a Flight Recorder recording of the scene draws it.
 *
 * <p>Thread-safety: {@link #start} once, then any method from any thread. The sets of threads
 * that gave up and that completed are concurrent; the latch's {@code countDown()} happens-before the return from
 * the other thread's {@code await()}, so each thread holds its first lock before either asks
 * for its second.
 */
public final class ForcedDeadlock {

    private static final Logger LOG = LoggerFactory.getLogger(ForcedDeadlock.class);

    private final List<Account> accounts;
    private final List<Thread> threads;
    private final Set<String> gaveUp = ConcurrentHashMap.newKeySet();
    private final Set<String> completed = ConcurrentHashMap.newKeySet();
    private final Timeline timeline = new Timeline();

    private ForcedDeadlock(Account one, Account two, long amount) {
        this.accounts = List.of(one, two);
        var bothHoldTheirFirstLock = new CountDownLatch(2);
        var transfer = new DeadlockingTransfer(() -> {
            bothHoldTheirFirstLock.countDown();
            bothHoldTheirFirstLock.await();
            LOG.info("both transfers hold their first lock; asking for the second");
        });
        this.threads = List.of(transferThread(transfer, one, two, amount),
                transferThread(transfer, two, one, amount));
    }

    /** Starts the two transfers between {@code one} and {@code two}; they deadlock at once. */
    public static ForcedDeadlock start(Account one, Account two, long amount) {
        var deadlock = new ForcedDeadlock(one, two, amount);
        deadlock.threads.forEach(Thread::start);
        return deadlock;
    }

    /** The two transfer threads, {@code transfer-1-to-2} first. */
    public List<Thread> threads() {
        return threads;
    }

    /** The names of the threads that were interrupted and gave up their transfer. */
    public Set<String> gaveUp() {
        return Set.copyOf(gaveUp);
    }

    /** The names of the threads that completed their transfer. */
    public Set<String> completed() {
        return Set.copyOf(completed);
    }

    /**
     * The deadlock in the bank's words: which account's lock each thread holds and which it
     * waits for, next to the name the JVM gives that lock.
     */
    public List<String> explain(Deadlock deadlock) {
        return deadlock.threads().stream().map(stuck -> {
            Thread thread = threads.stream().filter(t -> t.getId() == stuck.row().id())
                    .findFirst().orElse(null);
            return stuck.name() + " holds " + locksOwnedBy(thread) + " and waits for "
                    + locksAwaitedBy(thread) + " (" + stuck.row().lockName() + "), held by "
                    + stuck.row().lockOwner();
        }).toList();
    }

    /**
     * Breaks the deadlock the way a database does: picks a victim, {@code transfer-2-to-1}, and
     * interrupts it. Its {@code lockInterruptibly()} throws, its finally block releases the lock
     * it held, and the other transfer gets that lock and completes. Waits up to {@code within}
     * for each thread to end; returns whether both have.
     *
     * @throws IllegalArgumentException if {@code within} is shorter than a millisecond
     */
    public boolean breakByInterruptingVictim(Duration within) throws InterruptedException {
        requireAMillisecondOrMore(within);
        victim().interrupt();
        return joinBoth(within);
    }

    /** The thread this class sacrifices to break the deadlock. */
    public Thread victim() {
        return threads.get(1);
    }

    /**
     * Interrupts both threads and waits up to {@code within} for each to end; for cleaning up
     * whatever state the transfers are in. Which of them completes its transfer, if any, is then
     * a race: a thread freed by the other's interrupt may get its lock before its own interrupt.
     *
     * @throws IllegalArgumentException if {@code within} is shorter than a millisecond
     */
    public boolean interruptBoth(Duration within) throws InterruptedException {
        requireAMillisecondOrMore(within);
        threads.forEach(Thread::interrupt);
        return joinBoth(within);
    }

    /** Refuses a wait of less than 1 ms: {@code Thread.join(0)} would wait for ever. */
    private static void requireAMillisecondOrMore(Duration within) {
        if (within.toMillis() < 1) {
            throw new IllegalArgumentException("the time to wait must be 1 ms or more, not " + within);
        }
    }

    private boolean joinBoth(Duration within) throws InterruptedException {
        for (Thread thread : threads) {
            thread.join(within.toMillis());
        }
        return threads.stream().noneMatch(Thread::isAlive);
    }

    private String locksOwnedBy(Thread thread) {
        return names(accounts.stream().map(Account::lock)
                .filter(lock -> lock.owner().filter(owner -> owner == thread).isPresent()));
    }

    private String locksAwaitedBy(Thread thread) {
        return names(accounts.stream().map(Account::lock)
                .filter(lock -> lock.waiting().contains(thread)));
    }

    private static String names(Stream<AccountLock> locks) {
        String names = locks.map(AccountLock::toString).collect(Collectors.joining(" and "));
        return names.isEmpty() ? "no account lock" : names;
    }

    private Thread transferThread(Transfer transfer, Account from, Account to, long amount) {
        var thread = new Thread(() -> {
            LOG.info("moving {} from {} to {}", amount, from, to);
            try {
                timeline.run("transfer " + amount + " from " + from + " to " + to,
                        () -> transfer.transfer(from, to, amount));
                completed.add(Thread.currentThread().getName());
                LOG.info("done: moved {} from {} to {}", amount, from, to);
            } catch (InterruptedException e) {
                gaveUp.add(Thread.currentThread().getName());
                LOG.info("interrupted: gave up the transfer, holds no lock now, moved nothing");
            }
        }, "transfer-" + from.id() + "-to-" + to.id());
        thread.setDaemon(true);
        return thread;
    }
}
