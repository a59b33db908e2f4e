package dev.threadlessons.introspection;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.util.Arrays;
import java.util.Comparator;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;

/**
 * Lesson 10 on one screen: three threads are brought to three states and held there (a latch and
 * a spin on {@link Thread#getState()}, no sleep): {@code holder} holds a monitor and waits at a
 * latch, {@code waiter} is BLOCKED entering that monitor, {@code permit-waiter} waits for a permit
 * of an empty {@link Semaphore}. Then it asks the JVM ({@code ThreadMXBean.dumpAllThreads}) each
 * thread's state, what it waits for and who holds that, and asks the semaphore for its permits and
 * queue. A thread not yet started is not listed. JDK only, status 0. From the project root, run
 * {@code java 10-thread-introspection/src/main/java/dev/threadlessons/introspection/FirstLook.java}
 */
public class FirstLook {
    public static void main(String[] args) throws InterruptedException {
        var monitor = new Object();
        var holding = new CountDownLatch(1);
        var letGo = new CountDownLatch(1);
        var permits = new Semaphore(0);
        Thread holder = start("holder", () -> { synchronized (monitor) { holding.countDown(); letGo.await(); } });
        holding.await();
        Thread waiter = start("waiter", () -> { synchronized (monitor) { say("got the monitor"); } });
        Thread permitWaiter = start("permit-waiter", () -> { permits.acquire(); say("got a permit"); });
        Thread notStarted = new Thread(() -> { }, "not-started");
        while (holder.getState() != Thread.State.WAITING || waiter.getState() != Thread.State.BLOCKED
                || permitWaiter.getState() != Thread.State.WAITING || permits.getQueueLength() != 1) {
            Thread.onSpinWait();                                 // no event says "now BLOCKED": look again
        }
        ThreadInfo[] all = ManagementFactory.getThreadMXBean().dumpAllThreads(false, false);
        Arrays.sort(all, Comparator.comparingLong(ThreadInfo::getThreadId));
        for (ThreadInfo info : all) {
            if (info.isDaemon()) continue;                       // the JVM's own helper threads
            say((String.format("%-14s %-8s", info.getThreadName(), info.getThreadState())
                    + (info.getLockName() == null ? "" : " waits for " + info.getLockName())
                    + (info.getLockOwnerName() == null ? "" : " held by " + info.getLockOwnerName())).strip());
        }
        say(notStarted.getName() + " is " + notStarted.getState() + " and not listed; "
                + Arrays.stream(all).filter(ThreadInfo::isDaemon).count() + " daemon threads of the JVM left out");
        say("semaphore: " + permits.availablePermits() + " permits free, " + permits.getQueueLength() + " thread queued");
        letGo.countDown();
        permits.release();
        for (Thread t : new Thread[] {holder, waiter, permitWaiter}) t.join();
        say("after join: holder " + holder.getState() + ", waiter " + waiter.getState()
                + ", permit-waiter " + permitWaiter.getState());
    }

    interface Body { void run() throws InterruptedException; }

    static Thread start(String name, Body body) {
        Thread thread = new Thread(() -> {
            try { body.run(); } catch (InterruptedException e) { say("interrupted"); }
        }, name);
        thread.start();
        return thread;
    }

    static void say(String what) { System.out.println("[" + Thread.currentThread().getName() + "] " + what); }
}
