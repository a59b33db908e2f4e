package dev.threadlessons.locks;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Lesson 06 on one screen: lesson 05's lost update, then the same forced schedule with a lock.
 * worker-1 reads the count and is held (a latch) before it writes, while worker-2 increments too.
 * JDK only; ends with status 0. Run it from the project root:
 * {@code java 06-locks/src/main/java/dev/threadlessons/locks/FirstLook.java}
 */
public class FirstLook {
    static final ReentrantLock lock = new ReentrantLock();
    static int count;                                // shared by both workers
    static CountDownLatch oneHasRead, oneMayWrite;

    public static void main(String[] args) throws InterruptedException {
        for (boolean locked : new boolean[] {false, true}) {
            say(locked ? "--- with a lock ---" : "--- without a lock ---");
            count = 0;
            oneHasRead = new CountDownLatch(1);      // the forced schedule: latches, no sleep
            oneMayWrite = new CountDownLatch(1);
            Runnable increment = locked ? FirstLook::lockedIncrement : FirstLook::unsafeIncrement;
            Thread one = new Thread(increment, "worker-1"), two = new Thread(increment, "worker-2");
            one.start();
            oneHasRead.await();                      // worker-1 has read and not written yet
            two.start();
            if (locked) {
                while (two.isAlive() && !lock.hasQueuedThread(two)) {   // until worker-2 is parked in lock()
                    Thread.onSpinWait();
                }
                say(two.isAlive() ? "worker-2 waits for the lock that worker-1 holds" : "worker-2 did not wait");
            } else {
                two.join();                          // nothing stops worker-2: it reads 0 too
            }
            oneMayWrite.countDown();
            one.join();
            two.join();
            say("2 increments, count " + count + (count == 2 ? ": exact" : ": " + (2 - count) + " lost"));
        }
    }

    // tag::increment[]
    static void unsafeIncrement() {
        int seen = count;                            // step 1: read
        say("read " + seen);
        holdWorker1();                               // worker-2 comes in between worker-1's steps
        count = seen + 1;                            // step 2: write what it read, plus one
        say("wrote " + count);
    }

    static void lockedIncrement() {
        lock.lock();                                 // both steps under one lock
        try {
            unsafeIncrement();
        } finally {
            lock.unlock();                           // in finally: let go even if a step throws
        }
    }
    // end::increment[]

    static void holdWorker1() {
        if (!Thread.currentThread().getName().equals("worker-1")) return;
        oneHasRead.countDown();
        try { oneMayWrite.await(); } catch (InterruptedException e) { Thread.currentThread().interrupt(); }
    }

    static void say(String what) { System.out.println("[" + Thread.currentThread().getName() + "] " + what); }
}
