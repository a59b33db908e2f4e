package dev.threadlessons.introspection;

import static dev.threadlessons.testing.TestThreads.PATIENCE;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import dev.threadlessons.util.ThreadListing;
import dev.threadlessons.util.ThreadRow;

import dev.threadlessons.testing.TestThreads;

import dev.threadlessons.introspection.stage.Gate;

/** The listing (Python's threading.enumerate()) shows a named thread in each state it can be in. */
class ThreadStatesInListingTest {

    @Test
    void aThreadWaitingOnALatchIsListedByNameAsWaiting() throws InterruptedException {
        var never = new CountDownLatch(1);
        var waiter = TestThreads.run("latch-waiter", never::await).thread();
        try {
            await().atMost(PATIENCE).until(() -> waiter.getState() == Thread.State.WAITING);

            var row = listed(waiter).orElseThrow();
            assertEquals("latch-waiter", row.name());
            assertEquals(Thread.State.WAITING, row.state());
        } finally {
            never.countDown();
            TestThreads.joinAll(waiter);
        }
    }

    @Test
    void aThreadInAWaitWithATimeoutIsListedAsTimedWaiting() throws InterruptedException {
        var never = new CountDownLatch(1);
        var waiter = TestThreads.run("timed-waiter", () -> never.await(1, TimeUnit.MINUTES)).thread();
        try {
            await().atMost(PATIENCE).until(() -> waiter.getState() == Thread.State.TIMED_WAITING);

            var row = listed(waiter).orElseThrow();
            assertEquals("timed-waiter", row.name());
            assertEquals(Thread.State.TIMED_WAITING, row.state());
        } finally {
            never.countDown();
            TestThreads.joinAll(waiter);
        }
    }

    @Test
    void aThreadEnteringAMonitorAnotherThreadHoldsIsListedAsBlockedWithTheOwnersNameAndId()
            throws InterruptedException {
        var monitor = new Object();
        var held = new CountDownLatch(1);
        var letGo = new CountDownLatch(1);
        var holder = TestThreads.run("monitor-holder", () -> {
            synchronized (monitor) {
                held.countDown();
                letGo.await();
            }
        }).thread();
        Thread blocked = null;
        try {
            held.await();
            blocked = TestThreads.run("blocked-worker", () -> {
                synchronized (monitor) {
                    Thread.onSpinWait();
                }
            }).thread();
            var watched = blocked;
            await().atMost(PATIENCE).until(() -> watched.getState() == Thread.State.BLOCKED);

            var row = listed(blocked).orElseThrow();
            assertEquals("blocked-worker", row.name());
            assertEquals(Thread.State.BLOCKED, row.state());
            assertEquals("java.lang.Object@" + Integer.toHexString(System.identityHashCode(monitor)),
                    row.lockName());
            assertEquals("monitor-holder", row.lockOwner());
            assertEquals(holder.getId(), row.lockOwnerId());
        } finally {
            letGo.countDown();
            TestThreads.joinAll(holder);
            if (blocked != null) {
                TestThreads.joinAll(blocked);
            }
        }
    }

    @Test
    void aThreadWaitingOnAConditionNamesTheConditionButNoOwner() throws InterruptedException {
        var gate = new Gate();
        var waiter = TestThreads.run("gate-waiter", gate::await).thread();
        try {
            await().atMost(PATIENCE).until(() -> gate.waitingThreads() == 1
                    && waiter.getState() == Thread.State.WAITING);

            var row = listed(waiter).orElseThrow();
            assertTrue(row.lockName().contains("ConditionObject"), row.lockName());
            assertEquals("", row.lockOwner());
            assertFalse(row.waitsForOwnedLock(), "nobody owns a condition");
        } finally {
            gate.open();
            TestThreads.joinAll(waiter);
        }
    }

    @Test
    void aThreadIsListedOnlyBetweenStartAndItsEnd() throws InterruptedException {
        var finish = new CountDownLatch(1);
        var thread = new Thread(() -> {
            try {
                finish.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "short-lived");
        assertEquals(Thread.State.NEW, thread.getState());
        assertTrue(listed(thread).isEmpty(), "a thread that was never started is not listed");

        thread.start();
        try {
            assertTrue(listed(thread).isPresent(), "a started thread is listed");
        } finally {
            finish.countDown();
            thread.join();
        }
        assertEquals(Thread.State.TERMINATED, thread.getState());
        assertTrue(listed(thread).isEmpty(), "a thread that has ended is not listed");
    }

    private static Optional<ThreadRow> listed(Thread thread) {
        List<ThreadRow> rows = ThreadListing.snapshot();
        return rows.stream().filter(row -> row.id() == thread.getId()).findFirst();
    }
}
