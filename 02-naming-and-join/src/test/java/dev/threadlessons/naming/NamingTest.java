package dev.threadlessons.naming;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import dev.threadlessons.testing.TestThreads;

class NamingTest {

    private static final Pattern DEFAULT_NAME = Pattern.compile("Thread-(\\d+)");

    @Test
    void aThreadWithoutANameIsCalledThreadDashNumber() {
        var thread = new Thread(() -> { });
        assertTrue(DEFAULT_NAME.matcher(thread.getName()).matches(), thread.getName());
    }

    @Test
    void theNumberInDefaultNamesGrowsFromOneUnnamedThreadToTheNext() {
        int first = number(new Thread(() -> { }));
        int second = number(new Thread(() -> { }));
        // One counter for the whole JVM: other unnamed threads may take numbers in between.
        assertTrue(second > first, first + " then " + second);
    }

    @Test
    void aNameGivenToTheConstructorIsWhatTheThreadSeesAsItsOwn() throws InterruptedException {
        var seen = new CopyOnWriteArrayList<String>();
        var thread = new Thread(() -> seen.add(Thread.currentThread().getName()), "downloader");
        runToEnd(thread);
        assertEquals(List.of("downloader"), seen);
    }

    @Test
    void setNameBeforeStartReplacesTheConstructorsName() throws InterruptedException {
        var seen = new CopyOnWriteArrayList<String>();
        var thread = new Thread(() -> seen.add(Thread.currentThread().getName()), "first-name");
        thread.setName("second-name");
        runToEnd(thread);
        assertEquals(List.of("second-name"), seen);
    }

    @Test
    void aRunningThreadCanBeRenamedByAnotherThread() throws InterruptedException {
        var gate = new CountDownLatch(1);
        var seen = new CopyOnWriteArrayList<String>();
        var thread = new Thread(() -> {
            seen.add(Thread.currentThread().getName());
            TestThreads.awaitQuietly(gate);
            seen.add(Thread.currentThread().getName());
        }, "before");
        try {
            thread.start();
            await().atMost(Duration.ofSeconds(10)).until(() -> thread.getState() == Thread.State.WAITING);
            thread.setName("after");
        } finally {
            gate.countDown();
            thread.join();
        }
        assertEquals(List.of("before", "after"), seen);
    }

    @Test
    void aRunningThreadCanRenameItself() throws InterruptedException {
        var seen = new CopyOnWriteArrayList<String>();
        var thread = new Thread(() -> {
            Thread.currentThread().setName("worker (renamed)");
            seen.add(Thread.currentThread().getName());
        }, "worker");
        runToEnd(thread);
        assertEquals(List.of("worker (renamed)"), seen);
        assertEquals("worker (renamed)", thread.getName());
    }

    @Test
    @SuppressWarnings("deprecation") // getId: threadId() exists only from JDK 19 on
    void namesNeedNotBeUniqueButTwoThreadsThatHaveNotEndedHaveDifferentIds() throws InterruptedException {
        var seen = new CopyOnWriteArrayList<String>();
        Runnable recordName = () -> seen.add(Thread.currentThread().getName());
        var one = new Thread(recordName, "twin");
        var other = new Thread(recordName, "twin");
        // JDK 17's getId: unique during the thread's lifetime, and may be reused once it has ended.
        assertNotEquals(one.getId(), other.getId());
        runToEnd(one);
        runToEnd(other);
        assertEquals(List.of("twin", "twin"), seen);
    }

    @Test
    void aThreadCannotBeNamedNull() {
        assertThrows(NullPointerException.class, () -> new Thread(() -> { }, null));
        var thread = new Thread(() -> { }, "named");
        assertThrows(NullPointerException.class, () -> thread.setName(null));
        assertEquals("named", thread.getName());
    }

    private static int number(Thread unnamed) {
        var matcher = DEFAULT_NAME.matcher(unnamed.getName());
        assertTrue(matcher.matches(), unnamed.getName());
        return Integer.parseInt(matcher.group(1));
    }

    private static void runToEnd(Thread thread) throws InterruptedException {
        try {
            thread.start();
        } finally {
            thread.join();
        }
    }
}
