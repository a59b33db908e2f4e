package dev.threadlessons.util;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;

import org.junit.jupiter.api.Test;

class ThreadListingTest {

    @Test
    void aBlockedThreadIsListedWithTheMonitorItWaitsForAndTheThreadThatHoldsIt()
            throws InterruptedException {
        var monitor = new Object();
        var holderHasIt = new CountDownLatch(1);
        var letGo = new CountDownLatch(1);
        var holder = new Thread(() -> {
            synchronized (monitor) {
                holderHasIt.countDown();
                awaitQuietly(letGo);
            }
        }, "holder");
        var blocked = new Thread(() -> {
            synchronized (monitor) {
                // Entering is the point; there is nothing to do inside.
                Thread.onSpinWait();
            }
        }, "blocked");
        holder.start();
        try {
            holderHasIt.await();
            blocked.start();
            await().atMost(Duration.ofSeconds(10))
                    .until(() -> blocked.getState() == Thread.State.BLOCKED);

            var row = ThreadListing.snapshot().stream()
                    .filter(r -> r.id() == blocked.getId())
                    .findFirst().orElseThrow();
            assertEquals("blocked", row.name());
            assertEquals(Thread.State.BLOCKED, row.state());
            assertTrue(row.lockName().startsWith("java.lang.Object@"), row.lockName());
            assertEquals("holder", row.lockOwner());
            assertEquals(holder.getId(), row.lockOwnerId());
            assertTrue(row.waitsForOwnedLock());
        } finally {
            letGo.countDown();
            holder.join();
            blocked.join();
        }
    }

    @Test
    void theListingHoldsTheCallingThreadWithItsDetails() {
        var me = Thread.currentThread();
        var row = ThreadListing.snapshot().stream()
                .filter(r -> r.id() == me.getId())
                .findFirst().orElseThrow();
        assertEquals(me.getName(), row.name());
        assertEquals(Thread.State.RUNNABLE, row.state());
        assertEquals(me.isDaemon(), row.daemon());
        assertEquals(me.getPriority(), row.priority());
        assertEquals(me.getThreadGroup().getName(), row.group());
        assertFalse(row.waitsForOwnedLock());
        assertEquals("", row.lockOwner());
    }

    @Test
    void aWaitingThreadShowsItsStateInASingleRowLookup() throws InterruptedException {
        var never = new CountDownLatch(1);
        var waiter = new Thread(() -> awaitQuietly(never), "waiter");
        waiter.start();
        try {
            await().atMost(Duration.ofSeconds(10))
                    .until(() -> waiter.getState() == Thread.State.WAITING);
            var row = ThreadListing.of(waiter);
            assertEquals(Thread.State.WAITING, row.state());
            assertTrue(row.lockName().contains("CountDownLatch"), row.lockName());
            assertFalse(row.waitsForOwnedLock(), "a latch has no owner");
        } finally {
            never.countDown();
            waiter.join();
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
