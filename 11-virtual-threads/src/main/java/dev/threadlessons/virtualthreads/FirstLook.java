package dev.threadlessons.virtualthreads;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.concurrent.CountDownLatch;

/**
 * Lesson 11 on one screen: 10,000 virtual threads, each blocked on a simulated wait (a sleep of
 * 100 ms, as a slow network call would be), all finish in about one wait. A latch makes every one
 * of them be alive and blocked at the same moment, on every run, and the JVM then counts its
 * platform (OS) threads: a handful. The time is measured from the go, so it can never be less than
 * one sleep. JDK 21 or newer; JDK only; ends with status 0. Run it from the project root:
 * {@code java 11-virtual-threads/src/main/java/dev/threadlessons/virtualthreads/FirstLook.java}
 */
public class FirstLook {
    static final int THREADS = 10_000;
    static final Duration WAIT = Duration.ofMillis(100);

    public static void main(String[] args) throws InterruptedException {
        var arrived = new CountDownLatch(THREADS);
        var go = new CountDownLatch(1);
        var threads = new ArrayList<Thread>();
        // tag::start[]
        var builder = Thread.ofVirtual().name("virtual-", 1);  // virtual-1, virtual-2, ...
        for (int i = 0; i < THREADS; i++) {
            threads.add(builder.start(() -> {
                arrived.countDown();
                try {
                    go.await();                     // blocked: parked, its carrier runs others
                    Thread.sleep(WAIT);             // the simulated wait, blocking as plain code does
                } catch (InterruptedException e) {
                    return;
                }
                if (Thread.currentThread().getName().equals("virtual-1")) {
                    say("woke up after its " + WAIT.toMillis() + " ms sleep; virtual: "
                            + Thread.currentThread().isVirtual());
                }
            }));
        }
        // end::start[]
        say(THREADS + " virtual threads started; each waits for the go, then sleeps " + WAIT.toMillis() + " ms");
        arrived.await();                            // all of them are alive and blocked now
        say("all " + THREADS + " are blocked at once; platform threads in this JVM: "
                + ManagementFactory.getThreadMXBean().getThreadCount());
        say("go: every thread now sleeps " + WAIT.toMillis() + " ms");
        long start = System.nanoTime();
        go.countDown();
        for (Thread thread : threads) {
            thread.join();
        }
        long tookMillis = (System.nanoTime() - start) / 1_000_000;
        say("all " + THREADS + " done " + tookMillis + " ms after the go; one after the other they would take "
                + THREADS * WAIT.toMillis() / 1000 + " s");
    }

    static void say(String what) { System.out.println("[" + Thread.currentThread().getName() + "] " + what); }
}
