package dev.threadlessons.naming;

import java.util.ArrayList;
import java.util.List;

/**
 * Lesson 02 on one screen: three threads, each named after its job, add up one part of
 * 1 + 2 + ... + 3000; {@code main} waits for each with {@code join()} and only then reads and
 * adds their results. The workers' lines may come in any order; {@code main}'s lines come after
 * all of them, and in the same order, on every run: {@code main} prints only once it has joined
 * every worker. A result
 * written by a worker is safe to read after joining it (JLS 17.4.5: everything a thread did
 * happens-before another thread's {@code join()} on it returns). JDK only; ends with status 0.
 * Run it from the project root:
 * {@code java 02-naming-and-join/src/main/java/dev/threadlessons/naming/FirstLook.java}
 */
public class FirstLook {
    static final int WORKERS = 3;
    static final long[] sums = new long[WORKERS];     // each worker writes its own slot

    public static void main(String[] args) throws InterruptedException {
        // tag::name-start-join[]
        List<Thread> workers = new ArrayList<>();
        for (int k = 0; k < WORKERS; k++) {
            int slot = k;                              // the lambda captures these copies
            long from = k * 1000L + 1;
            long to = (k + 1) * 1000L;
            workers.add(new Thread(() -> sums[slot] = sum(from, to), "adder-" + (k + 1)));
        }
        workers.forEach(Thread::start);                // all three in progress together
        for (Thread worker : workers) {
            worker.join();                             // wait for this one; the others go on meanwhile
        }
        long total = 0;
        for (int k = 0; k < WORKERS; k++) {            // every worker has ended: their sums are safe to read
            say(workers.get(k).getName() + " found " + sums[k]);
            total += sums[k];
        }
        say("total " + total + "; 3000 * 3001 / 2 = " + 3000L * 3001 / 2);
        // end::name-start-join[]
    }

    static long sum(long from, long to) {
        long sum = 0;
        for (long n = from; n <= to; n++) {
            sum += n;
        }
        say("added " + from + " to " + to + ": " + sum);
        return sum;
    }

    static void say(String what) {
        System.out.println("[" + Thread.currentThread().getName() + "] " + what);
    }
}
