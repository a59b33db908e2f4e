package dev.threadlessons.semaphores;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Lesson 08 on one screen: a {@link Semaphore} of 2 permits, 4 threads. Latches make the third and the
 * fourth ask while two are inside: {@code tryAcquire()} fails, {@code acquire()} waits until one leaves.
 * Then one release too many: {@code Semaphore} takes it, a bounded one refuses it. JDK only; status 0.
 * From the project root: {@code java 08-semaphores/src/main/java/dev/threadlessons/semaphores/FirstLook.java}
 */
public class FirstLook {
    static final Semaphore seats = new Semaphore(2);              // 2 permits: at most 2 threads inside
    static final AtomicInteger inside = new AtomicInteger();

    public static void main(String[] args) throws InterruptedException {
        var visitors = new Visitor[] {new Visitor("worker-1"), new Visitor("worker-2"), null, null};
        for (int i = 2; i < 4; i++) {
            visitors[i - 2].in.await();
            visitors[i - 1].in.await();                         // two inside: no permit free
            visitors[i] = new Visitor("worker-" + (i + 1));
            visitors[i].asked.await();                          // it asked while two were inside
            visitors[i - 2].mayLeave.countDown();               // one releases: the waiting one gets in
        }
        visitors[3].in.await();
        for (Visitor v : visitors) { v.mayLeave.countDown(); v.thread.join(); }
        say("all have left; permits free: " + seats.availablePermits());
        seats.release();                                        // one release too many: Semaphore takes it
        say("Semaphore(2) after an extra release: " + seats.availablePermits() + " permits");
        try {
            new BoundedSeats(2).release();                      // the same mistake on a bounded semaphore
        } catch (IllegalStateException e) {
            say("BoundedSeats refused the extra release: " + e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    /** A thread that takes a permit, stays inside until it may leave, then gives the permit back. */
    static final class Visitor {
        final CountDownLatch in = new CountDownLatch(1), asked = new CountDownLatch(1), mayLeave = new CountDownLatch(1);
        final Thread thread = new Thread(this::visit);

        Visitor(String name) { thread.setName(name); thread.start(); }
        void visit() {
            try {
                boolean got = seats.tryAcquire();               // takes a permit only if one is free now
                if (!got) say("tryAcquire() failed with " + inside + " inside; waits in acquire()");
                asked.countDown();
                if (!got) seats.acquire();                      // returns once another thread has released
                say("got a permit (" + inside.incrementAndGet() + " inside)");
                in.countDown();
                mayLeave.await();
                inside.decrementAndGet();
                say("releases its permit");
                seats.release();
            } catch (InterruptedException e) { say("interrupted"); }
        }
    }

    /** Python's BoundedSemaphore in brief: releases take one lock, so no two pass the check together. */
    static final class BoundedSeats extends Semaphore {
        final int max;
        BoundedSeats(int permits) { super(permits); max = permits; }
        @Override public synchronized void release() {
            if (availablePermits() >= max) throw new IllegalStateException("Semaphore released too many times");
            super.release();
        }
    }

    static void say(String what) { System.out.println("[" + Thread.currentThread().getName() + "] " + what); }
}
