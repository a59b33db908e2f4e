package dev.threadlessons.naming;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.threadlessons.naming.stage.GatedWorker;
import dev.threadlessons.util.Banner;
import dev.threadlessons.util.CommandLine;
import dev.threadlessons.util.Durations;
import dev.threadlessons.util.Timeline;
import dev.threadlessons.util.Timing;

/**
 * Lesson 02: threads get names, by default or by choice, and other threads wait for them with
 * {@code join()}: for ever, for a while ({@code join(timeout)}), or one after the other when
 * there are several. Every thread it starts has ended before {@code main} returns.
 *
 * <p>Thread-safety: {@code main} is meant to be called by one thread at a time.
 *
 * <p>How to run it: {@code mvn -pl 02-naming-and-join exec:java} from the project root (after an
 * edit, {@code mvn -pl 02-naming-and-join -am compile exec:java}), or run {@code main} in your
 * IDE. What to look for: the name in brackets on each line, {@code Thread-N} for the unnamed
 * threads and the new name right after a rename; {@code join(200 ms)} returning while
 * {@code slow-worker} is still alive; and the workers' counts, read after each {@code join()},
 * adding up to the single worker's total.
 */
public final class Demo {

    static final CommandLine CLI = CommandLine.forLesson("02-naming-and-join")
            .range("workers", 4, 1, 16, "how many threads share the prime counting")
            .range("limit", 300_000, 1_000, 20_000_000, "count the primes below this number")
            .range("join-timeout-ms", 200, 1, 5_000, "how long join(timeout) waits for slow-worker")
            .build();

    private static final Logger LOG = LoggerFactory.getLogger(Demo.class);

    private Demo() {
    }

    public static void main(String[] args) throws InterruptedException {
        CommandLine.exit(run(args));
    }

    /**
     * Runs the demo with {@code args} and returns its exit status: 0, or
     * {@value CommandLine#BAD_ARGUMENTS} after arguments it cannot use. Tests call this, not
     * {@code main}, which may end the JVM.
     */
    static int run(String... args) throws InterruptedException {
        var arguments = CLI.parseOrExplain(args);
        if (!arguments.runDemo()) {
            return arguments.exitStatus();
        }
        Banner.header(LOG, "Lesson 02", "naming and join");
        int limit = arguments.intValue("limit");
        names();
        long primes = joinOneWorker(limit);
        String timeout = joinWithTimeout(arguments.intValue("join-timeout-ms"));
        long shared = joinSeveralWorkers(arguments.intValue("workers"), limit);
        Banner.verdict(LOG, timeout + "; one worker found " + primes + " primes below " + limit + ", "
                + arguments.intValue("workers") + " workers found " + shared
                + (shared == primes ? " (the same)" : " (different: the ranges do not cover the whole)"));
        return 0;
    }

    private static void names() throws InterruptedException {
        Banner.section(LOG, "default names, given names, renaming");
        LOG.info("this thread is called [{}]", Thread.currentThread().getName());
        Runnable sayName = () -> LOG.info("my name is {}", Thread.currentThread().getName());
        var renamedBeforeStart = new Thread(sayName, "first-name");
        renamedBeforeStart.setName("second-name");
        var threads = List.of(new Thread(sayName), new Thread(sayName), new Thread(sayName, "downloader"),
                renamedBeforeStart, new Thread(Demo::renameMyself, "worker"));
        // tag::one-after-the-other[]
        // One after the other, on purpose: each thread ends before the next starts, so that the
        // lines come in this order on every run. That is sequential work; never do it for speed.
        for (Thread thread : threads) {
            thread.start();
            thread.join();
        }
        // end::one-after-the-other[]
    }

    private static void renameMyself() {
        LOG.info("started under this name");
        Thread.currentThread().setName("worker (renamed)");
        LOG.info("a running thread may rename itself; the log follows");
    }

    private static long joinOneWorker(int limit) throws InterruptedException {
        Banner.section(LOG, "join(): wait for a worker, then read its result");
        var counter = new PrimeCounter(0, limit);
        var thread = new Thread(counter, "prime-counter");
        var waited = Timing.elapsed(() -> {
            thread.start();
            thread.join();
        });
        LOG.info("join() returned after {}; prime-counter alive={}; it found {} primes below {}",
                Durations.format(waited), thread.isAlive(), counter.count(), limit);
        return counter.count();
    }

    private static String joinWithTimeout(int timeoutMs) throws InterruptedException {
        Banner.section(LOG, "join(timeout): stop waiting, the thread goes on");
        var gate = new CountDownLatch(1);
        var slow = new Thread(new GatedWorker(gate), "slow-worker");
        boolean aliveAfterTimeout;
        slow.start();
        try {
            GatedWorker.awaitAtGate(slow);
            var waited = Timing.elapsed(() -> slow.join(timeoutMs));
            aliveAfterTimeout = slow.isAlive();
            LOG.info("join({} ms) returned after {}; slow-worker alive={}, state {}",
                    timeoutMs, Durations.format(waited), aliveAfterTimeout, slow.getState());
        } finally {
            gate.countDown();
            slow.join();
        }
        LOG.info("gate opened; join() returned; slow-worker alive={}", slow.isAlive());
        return "join(" + timeoutMs + " ms) returned with slow-worker "
                + (aliveAfterTimeout ? "still alive" : "already ended");
    }

    private static long joinSeveralWorkers(int workers, int limit) throws InterruptedException {
        Banner.section(LOG, "waiting for several workers");
        var timeline = new Timeline();
        var counters = new ArrayList<PrimeCounter>();
        var threads = new ArrayList<Thread>();
        for (int k = 0; k < workers; k++) {
            var counter = new PrimeCounter((long) limit * k / workers, (long) limit * (k + 1) / workers);
            String name = "worker-" + (k + 1);
            counters.add(counter);
            threads.add(new Thread(() -> timeline.run(name, counter::run), name));
        }
        // tag::start-all-then-join[]
        threads.forEach(Thread::start);              // all in progress together
        long total = 0;
        for (int k = 0; k < workers; k++) {
            threads.get(k).join();                   // wait for this one; the others go on meanwhile
            total += counters.get(k).count();        // safe: join() returned (happens-before)
            LOG.info("joined {}: {} primes", threads.get(k).getName(), counters.get(k).count());
        }
        // end::start-all-then-join[]
        LOG.info("who ran when:\n{}", timeline.render(60).stripTrailing());
        return total;
    }
}
