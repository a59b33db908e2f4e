package dev.threadlessons.speedup;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.threadlessons.util.ChildJvm;
import dev.threadlessons.util.Durations;
import dev.threadlessons.util.Timeline;

/**
 * The jobs spread over n child JVMs, as Python's {@code multiprocessing} spreads work over
 * child processes: each child is a separate program with its own memory, started with
 * {@link ProcessBuilder} (no shell), given its ranges as arguments, and answering on its
 * output. It starts min(n, jobs) children, and child i gets jobs i, i+n, i+2n, ...
 *
 * <p>Processes run on every core, like Java threads, but each one first pays for starting a
 * JVM, and data goes in and out as text, not through shared memory. Threads pay neither.
 *
 * <p>A child never makes the parent hang: one thread per child ({@code child-jvm-1}, ...) reads
 * its output to the end, the parent waits for answers and exit statuses only until a deadline,
 * and a finally block destroys every child still alive and joins the reading threads.
 *
 * <p>Thread-safety: immutable; each run starts its own children and threads. A reading thread's
 * answer is handed over through a {@link FutureTask}, so it happens-before {@code get} returns.
 */
public final class ChildProcesses implements Strategy<PrimeRange> {

    private static final Logger LOG = LoggerFactory.getLogger(ChildProcesses.class);
    private static final Duration CLEAN_UP = Duration.ofSeconds(10);

    private final int processes;
    private final Duration timeout;
    private final Class<?> workerMain;

    /** At most {@code processes} children; all must have answered within {@code timeout}. */
    public ChildProcesses(int processes, Duration timeout) {
        this(processes, timeout, PrimeWorker.class);
    }

    /** As above, with another main class that speaks {@link PrimeWorker}'s protocol. */
    ChildProcesses(int processes, Duration timeout, Class<?> workerMain) {
        if (processes < 1 || timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("need at least 1 process and a positive timeout, was "
                    + processes + " and " + timeout);
        }
        this.processes = processes;
        this.timeout = timeout;
        this.workerMain = workerMain;
    }

    @Override
    public String name() {
        return processes + (processes == 1 ? " child JVM" : " child JVMs");
    }

    @Override
    public List<Long> run(List<? extends PrimeRange> jobs, Timeline timeline)
            throws IOException, InterruptedException {
        int count = Math.min(processes, jobs.size());
        long deadline = System.nanoTime() + timeout.toNanos();
        var children = new ArrayList<Process>(count);
        var readers = new ArrayList<Thread>(count);
        var answers = new ArrayList<FutureTask<ChildConversation.Answer>>(count);
        var handOvers = new ArrayList<CompletableFuture<Process>>(count);
        try {
            for (int child = 0; child < count; child++) {
                var share = shareOf(jobs, child, count);
                var handOver = new CompletableFuture<Process>();
                handOvers.add(handOver);
                var answer = new FutureTask<>(new ChildConversation(handOver, share, timeline));
                answers.add(answer);
                readers.add(new Thread(answer, "child-jvm-" + (child + 1)));
                readers.get(child).start();
                var arguments = share.stream().map(PrimeWorker::argument).toList();
                Process process = new ProcessBuilder(ChildJvm.command(workerMain, arguments))
                        .redirectErrorStream(true)
                        .start();
                children.add(process);
                handOver.complete(process);
                LOG.debug("started child JVM {} (pid {}) for {} ranges", child + 1, process.pid(),
                        share.size());
            }
            var results = new ArrayList<>(Collections.nCopies(jobs.size(), 0L));
            for (int child = 0; child < count; child++) {
                var counts = awaitCounts(children.get(child), answers.get(child), child + 1, deadline);
                for (int i = 0; i < counts.length; i++) {
                    results.set(child + i * count, counts[i]);
                }
            }
            return results;
        } finally {
            // A reader whose process never started must not wait for it.
            handOvers.forEach(handOver -> handOver.cancel(false));
            children.forEach(Process::destroyForcibly);
            for (Process process : children) {
                process.waitFor(CLEAN_UP.toSeconds(), TimeUnit.SECONDS);
            }
            for (Thread reader : readers) {
                // A destroyed child's pipe is closed, so its reader sees the end of the output.
                reader.join(CLEAN_UP.toMillis());
            }
        }
    }

    private static List<PrimeRange> shareOf(List<? extends PrimeRange> jobs, int child, int count) {
        var share = new ArrayList<PrimeRange>();
        for (int index = child; index < jobs.size(); index += count) {
            share.add(jobs.get(index));
        }
        return share;
    }

    private long[] awaitCounts(Process process, FutureTask<ChildConversation.Answer> answer,
                               int child, long deadline) throws InterruptedException {
        String who = "child JVM " + child + " (pid " + process.pid() + ")";
        ChildConversation.Answer said;
        try {
            said = answer.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (!process.waitFor(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) {
                throw new TimeoutException();
            }
        } catch (TimeoutException e) {
            throw new ChildProcessException(who + " did not finish within "
                    + Durations.format(timeout) + " and was destroyed", e);
        } catch (ExecutionException e) {
            throw new ChildProcessException("could not read the output of " + who, e.getCause());
        }
        int expected = said.counts().length;
        if (process.exitValue() != 0 || said.received() != expected) {
            throw new ChildProcessException(who + " exited with status " + process.exitValue()
                    + " after " + said.received() + " of " + expected + " answers; its last output: "
                    + String.join(" | ", said.otherOutput()));
        }
        return said.counts();
    }
}
