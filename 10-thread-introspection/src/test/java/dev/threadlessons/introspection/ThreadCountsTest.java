package dev.threadlessons.introspection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

/** Thread.activeCount() counts the caller's thread group; the ThreadMXBean counts every thread. */
class ThreadCountsTest {

    @Test
    void activeCountSeesOnlyTheCallersGroupWhileTheMxBeanSeesTheWholeJvm()
            throws InterruptedException {
        var group = new ThreadGroup("lesson-10-group");
        var done = new CountDownLatch(1);
        var counts = new AtomicReference<ThreadCounts>();
        var companion = new Thread(group, () -> {
            try {
                done.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "companion");
        var counter = new Thread(group, () -> counts.set(ThreadCounts.now()), "counter");
        companion.start();
        try {
            counter.start();
            counter.join();
        } finally {
            done.countDown();
            companion.join();
        }

        var seen = counts.get();
        assertEquals("lesson-10-group", seen.group());
        assertEquals(2, seen.activeInGroup(), "the counter and its companion");
        assertTrue(seen.live() > seen.activeInGroup(), "the JVM has threads of its own: " + seen);
        assertTrue(seen.startedSinceBoot() >= seen.live(), seen.toString());
    }
}
