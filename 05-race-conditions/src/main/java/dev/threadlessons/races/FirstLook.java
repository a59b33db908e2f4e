package dev.threadlessons.races;

import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;

/**
 * Lesson 05 on one screen: two threads each add one to a shared counter, and one of the two
 * updates is lost, on every run. {@code count = count + 1} is a read, then a write; a
 * {@link CyclicBarrier} between the two makes both threads read 0 before either writes, so both
 * write 1. That is the unlucky timing a free-running race hits only now and then, made certain.
 *
 * <p>Not thread-safe, on purpose: {@code count} is a plain field that nothing guards. Lesson 06
 * fixes the same counter with a lock. JDK only; ends with status 0. Run it from the project root:
 * {@code java 05-race-conditions/src/main/java/dev/threadlessons/races/FirstLook.java}
 */
public class FirstLook {
    static int count = 0;                                   // shared, unguarded: the bug
    static final CyclicBarrier bothHaveRead = new CyclicBarrier(2);

    // tag::increment[]
    static void increment() {
        int seen = count;                                   // 1. read
        say("read " + seen);
        try {
            bothHaveRead.await();                           // neither writes before both have read
        } catch (InterruptedException | BrokenBarrierException e) {
            throw new IllegalStateException(e);
        }
        count = seen + 1;                                   // 2. write what it read plus one
        say("wrote " + (seen + 1));
    }
    // end::increment[]

    public static void main(String[] args) throws InterruptedException {
        Thread one = new Thread(FirstLook::increment, "worker-1");
        Thread two = new Thread(FirstLook::increment, "worker-2");
        one.start();
        two.start();
        one.join();                                         // after join, main sees the workers' writes
        two.join();
        say("2 increments, count is " + count + ": " + (2 - count) + " update lost");
    }

    static void say(String what) {
        System.out.println("[" + Thread.currentThread().getName() + "] " + what);
    }
}
