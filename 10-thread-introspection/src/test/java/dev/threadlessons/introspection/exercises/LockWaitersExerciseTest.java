package dev.threadlessons.introspection.exercises;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import dev.threadlessons.testing.Exercise;
import dev.threadlessons.testing.TestThreads;
import dev.threadlessons.testing.ThreadWaits;

/**
 * Grades exercise 10-1, {@link LockWaiters#waitingFor}: with two holders, each holding a lock and
 * each with its own waiters (forced: a holder takes its lock and waits on a latch, and the test
 * goes on once every waiter waits for it), the answer for one holder names its waiters and no
 * others, for a monitor and for a {@code ReentrantLock}. Run it with
 * {@code mvn -pl 10-thread-introspection test -Pexercises}.
 */
@Tag(Exercise.TAG)
public class LockWaitersExerciseTest {

    private static LockWaiters lockWaiters() {
        return Exercise.create(LockWaiters.class, LockWaiters.class, new Class<?>[0]);
    }

    @Test
    void theWaitersForAMonitorAreTheOnesItsOwnerKeepsWaitingAndNoOthers() throws Exception {
        var release = new CountDownLatch(1);
        Object mine = new Object();
        Object other = new Object();
        var holder = holdMonitor("holder", mine, release);
        var otherHolder = holdMonitor("other-holder", other, release);
        var waiters = List.of(enterMonitor("waiter-1", mine), enterMonitor("waiter-2", mine),
                enterMonitor("other-waiter", other));
        try {
            ThreadWaits.untilBlockedOn(waiters.get(0), mine);
            ThreadWaits.untilBlockedOn(waiters.get(1), mine);
            ThreadWaits.untilBlockedOn(waiters.get(2), other);

            assertEquals(Set.of("waiter-1", "waiter-2"), lockWaiters().waitingFor(holder), "the two threads blocked"
                    + " on holder's monitor, and not other-waiter, blocked on a monitor other-holder holds:"
                    + " compare each thread's lock owner with holder, not only its state");
        } finally {
            release.countDown();
            TestThreads.joinAll(List.of(holder, otherHolder, waiters.get(0), waiters.get(1), waiters.get(2)));
        }
    }

    @Test
    void theWaitersForAReentrantLockAreFoundToo() throws Exception {
        var release = new CountDownLatch(1);
        var lock = new ReentrantLock();
        var holder = TestThreads.run("lock-holder", () -> {
            lock.lock();
            try {
                release.await(TestThreads.PATIENCE.toMillis(), TimeUnit.MILLISECONDS);
            } finally {
                lock.unlock();
            }
        }).thread();
        await().atMost(TestThreads.PATIENCE).until(lock::isLocked);
        var waiter = TestThreads.run("lock-waiter", () -> {
            lock.lock();
            lock.unlock();
        }).thread();
        try {
            ThreadWaits.untilParkedOn("ReentrantLock", waiter);

            assertEquals(Set.of("lock-waiter"), lockWaiters().waitingFor(holder), "lock-waiter is parked on a"
                    + " ReentrantLock that lock-holder holds: ThreadInfo names its owner too, although the state is"
                    + " WAITING, not BLOCKED");
        } finally {
            release.countDown();
            TestThreads.joinAll(List.of(holder, waiter));
        }
    }

    private static Thread holdMonitor(String name, Object monitor, CountDownLatch release) throws Exception {
        var holding = new CountDownLatch(1);
        var thread = TestThreads.run(name, () -> {
            synchronized (monitor) {
                holding.countDown();
                release.await(TestThreads.PATIENCE.toMillis(), TimeUnit.MILLISECONDS);
            }
        }).thread();
        holding.await(TestThreads.PATIENCE.toMillis(), TimeUnit.MILLISECONDS);
        return thread;
    }

    private static Thread enterMonitor(String name, Object monitor) {
        return TestThreads.run(name, () -> {
            synchronized (monitor) {
                // only to get in, once the holder lets go
            }
        }).thread();
    }
}
