package dev.threadlessons.events;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Lesson 09 on one screen. An event: three runners wait for one {@code CountDownLatch(1)}, and one
 * {@code countDown()} sends all of them off. A condition: three consumers wait on a {@code Condition}
 * until main has made data; each {@code signal()} wakes one, which checks again before it takes an
 * item. Forced: main gives the start once all runners are at the line, and puts items once all
 * consumers wait. JDK only; ends with status 0. From the project root:
 * {@code java 09-events-conditions/src/main/java/dev/threadlessons/events/FirstLook.java}
 */
public class FirstLook {
    static final ReentrantLock lock = new ReentrantLock();
    static final Condition dataReady = lock.newCondition();      // consumers wait here for items
    static final ArrayDeque<String> items = new ArrayDeque<>();  // guarded by lock

    public static void main(String[] args) throws InterruptedException {
        var start = new CountDownLatch(1);                       // an event that is set once, never cleared
        var atTheLine = new CountDownLatch(3);
        List<Thread> runners = startThree("runner", () -> {
            say("at the line, waiting for the start");
            atTheLine.countDown();
            start.await();                                       // blocks until the count is zero
            say("go!");
        });
        atTheLine.await();
        say("start! one countDown() releases all three");
        start.countDown();
        for (Thread t : runners) t.join();

        var counted = new CountDownLatch(3);
        List<Thread> consumers = startThree("consumer", () -> {
            lock.lock();
            try {
                say("no data yet, waits on the condition");
                counted.countDown();                             // still holding the lock
                while (items.isEmpty()) dataReady.await();       // while, not if: check again after waking
                say("woke up and took " + items.removeFirst());
            } finally { lock.unlock(); }
        });
        counted.await();
        lock.lock();                                             // free only once the last one awaits
        try {
            for (int n = 1; n <= 3; n++) {
                items.addLast("item-" + n);
                say("put item-" + n + "; signal() wakes one waiting consumer");
                dataReady.signal();
            }
        } finally { lock.unlock(); }
        for (Thread t : consumers) t.join();
        say("all three items taken, " + items.size() + " left");
    }

    interface Work { void run() throws InterruptedException; }

    static List<Thread> startThree(String role, Work work) {
        var threads = new ArrayList<Thread>();
        for (int i = 1; i <= 3; i++) threads.add(new Thread(() -> {
            try { work.run(); } catch (InterruptedException e) { Thread.currentThread().interrupt(); }
        }, role + "-" + i));
        threads.forEach(Thread::start);
        return threads;
    }

    static void say(String what) { System.out.println("[" + Thread.currentThread().getName() + "] " + what); }
}
