package dev.threadlessons.locks;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

import org.junit.jupiter.api.Test;

import dev.threadlessons.locks.stage.NamedTask;

class LockMisuseTest {

    @Test
    void unlockingALockNobodyHoldsThrowsIllegalMonitorStateException() {
        var lock = new ReentrantLock();

        assertThrows(IllegalMonitorStateException.class, lock::unlock);
    }

    @Test
    void unlockingALockAnotherThreadHoldsThrowsIllegalMonitorStateException() throws InterruptedException {
        var lock = new ReentrantLock();
        var mayRelease = new CountDownLatch(1);
        NamedTask<Void> holder = NamedTask.start("holder", () -> {
            lock.lock();
            try {
                mayRelease.await(10, TimeUnit.SECONDS);
            } finally {
                lock.unlock();
            }
            return null;
        });
        try {
            await().atMost(Duration.ofSeconds(10)).until(lock::isLocked);

            // Python's threading.Lock would let any thread release it; a ReentrantLock belongs to its owner.
            assertThrows(IllegalMonitorStateException.class, lock::unlock);
            assertTrue(lock.isLocked(), "still held by the holder");
        } finally {
            mayRelease.countDown();
            holder.thread().join();
        }
        holder.join();
    }

    @Test
    void notifyingThroughAMonitorThisThreadDoesNotHoldThrowsIllegalMonitorStateException() {
        var monitor = new Object();

        assertThrows(IllegalMonitorStateException.class, monitor::notifyAll);
    }
}
