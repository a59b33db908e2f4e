package dev.threadlessons.naming;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

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
                + (shared == primes ? " (the same)" : " (different: a result was lost)"));
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
        for (Thread thread : threads) {
            thread.start();
            thread.join();
        }
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
        threads.forEach(Thread::start);
        long total = 0;
        for (int k = 0; k < workers; k++) {
            threads.get(k).join();
            total += counters.get(k).count();
            LOG.info("joined {}: {} primes", threads.get(k).getName(), counters.get(k).count());
        }
        LOG.info("who ran when:\n{}", timeline.render(60).stripTrailing());
        return total;
    }
}
