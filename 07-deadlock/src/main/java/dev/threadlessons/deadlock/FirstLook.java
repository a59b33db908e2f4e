package dev.threadlessons.deadlock;

import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Lesson 07 on one screen: two threads take one lock each, then ask for the other's; a
 * {@link CyclicBarrier} makes both hold their first lock before either asks, so they deadlock on
 * every run. The JVM finds the cycle ({@code ThreadMXBean.findDeadlockedThreads()}, as {@code jstack}
 * does); one {@code interrupt()} makes a {@code lockInterruptibly()} throw, that thread lets go of
 * its lock and the other gets it. JDK only, status 0. From the project root, run
 * {@code java 07-deadlock/src/main/java/dev/threadlessons/deadlock/FirstLook.java}
 */
public class FirstLook {
    static final CyclicBarrier bothHoldOne = new CyclicBarrier(2);

    public static void main(String[] args) throws InterruptedException {
        var lockA = new ReentrantLock();
        var lockB = new ReentrantLock();
        Thread one = start("worker-1", lockA, "lock A", lockB, "lock B");
        Thread two = start("worker-2", lockB, "lock B", lockA, "lock A");
        var jvm = ManagementFactory.getThreadMXBean();
        long[] stuck;
        while ((stuck = jvm.findDeadlockedThreads()) == null) { // null until each waits for the other
            Thread.onSpinWait();                                 // no event says "deadlocked": ask again
        }
        for (var info : jvm.getThreadInfo(stuck, false, true)) {
            say("JVM: " + info.getThreadName() + " (" + info.getThreadState() + ") holds "
                    + Arrays.toString(info.getLockedSynchronizers()) + ", waits for "
                    + info.getLockName() + " held by " + info.getLockOwnerName());
        }
        say("interrupting worker-2");
        two.interrupt();
        one.join();
        two.join();
        say("both threads ended");
    }

    static Thread start(String name, ReentrantLock mine, String mineName, ReentrantLock theirs, String theirsName) {
        Thread thread = new Thread(() -> {
            mine.lock();
            try {
                say("holds " + mineName + "; asks for " + theirsName);
                bothHoldOne.await();            // both hold one lock before either asks for the other
                theirs.lockInterruptibly();     // waits for ever: the other thread holds it and waits for ours
                theirs.unlock();
                say("got " + theirsName + " too");
            } catch (InterruptedException | BrokenBarrierException e) {
                say("interrupted: gives up waiting for " + theirsName + ", lets go of " + mineName);
            } finally {
                mine.unlock();
            }
        }, name);
        thread.setDaemon(true);                 // a stuck daemon cannot keep the JVM alive
        thread.start();
        return thread;
    }

    static void say(String what) { System.out.println("[" + Thread.currentThread().getName() + "] " + what); }
}
