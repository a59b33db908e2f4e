package dev.threadlessons.speedup;

import java.util.concurrent.CyclicBarrier;
import java.util.function.LongSupplier;

/**
 * Lesson 04 on one screen: two tasks one after the other, then the same two tasks on two threads,
 * timed. Two waits (a sleep stands for a download) overlap on two threads even on one core; two
 * counts of primes overlap too, but finish sooner only with two cores to run them at once. A
 * {@link CyclicBarrier} lets neither task begin before both threads run. JDK only; status 0.
 * Run it from the project root:
 * {@code java 04-concurrency-speedup/src/main/java/dev/threadlessons/speedup/FirstLook.java}
 */
public class FirstLook {
    public static void main(String[] args) throws InterruptedException {
        say("CPUs this JVM may use: " + Runtime.getRuntime().availableProcessors());
        compare("wait 300 ms", () -> { sleep(300); return 1; });
        countPrimesBelow(300_000);                         // warm-up: the JIT compiles isPrime first
        compare("count the primes below 2000000", () -> countPrimesBelow(2_000_000));
    }

    // tag::compare[]
    static void compare(String task, LongSupplier work) throws InterruptedException {
        long start = System.nanoTime();
        long first = work.getAsLong();                     // one after the other, on main
        long second = work.getAsLong();
        long inSequence = System.nanoTime() - start;
        say("one after the other: " + task + ", twice: " + first + " + " + second + " in " + inSequence / 1_000_000 + " ms");

        var bothRunning = new CyclicBarrier(2);
        long[] results = new long[2];
        start = System.nanoTime();
        Thread one = new Thread(() -> results[0] = awaitThen(bothRunning, work), "worker-1");
        Thread two = new Thread(() -> results[1] = awaitThen(bothRunning, work), "worker-2");
        one.start();                                       // both run from here on...
        two.start();
        one.join();                                        // ...and main waits for both; after join
        two.join();                                        // their results are visible to main
        long together = System.nanoTime() - start;
        say("two threads: " + task + ", twice: " + results[0] + " + " + results[1] + " in " + together / 1_000_000
                + " ms, " + String.format("%.1f", (double) inSequence / together) + "x as fast");
    }
    // end::compare[]

    static long awaitThen(CyclicBarrier bothRunning, LongSupplier work) {
        try {
            bothRunning.await();                           // neither task begins before both threads run
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        say("started: both threads are running");
        return work.getAsLong();
    }

    static long countPrimesBelow(int limit) { return java.util.stream.IntStream.range(2, limit).filter(FirstLook::isPrime).count(); }
    static boolean isPrime(int n) { for (int d = 2; d * d <= n; d++) if (n % d == 0) return false; return true; }
    static void sleep(long ms) { try { Thread.sleep(ms); } catch (InterruptedException e) { Thread.currentThread().interrupt(); } }
    static void say(String what) { System.out.println("[" + Thread.currentThread().getName() + "] " + what); }
}
