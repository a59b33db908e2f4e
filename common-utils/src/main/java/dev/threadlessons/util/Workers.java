package dev.threadlessons.util;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * Runs the same work on several named threads at once and waits for all of them: the start, join
 * and error handling that lessons 05 and 06 need in every part, written once.
 *
 * <p>Every thread first waits at a start gate that opens only when all of them have been started,
 * so that their work is in progress together; without it, {@code worker-1} could be done before
 * {@code worker-4} even exists, and there would be nothing to race with. (Whether they also run at
 * the same instant, in parallel, is up to the cores and the OS scheduler.)
 *
 * <p>A worker that fails does not die with an uncaught exception: the failure is kept, every
 * thread is still joined, and then the first failure is thrown from {@code call} or {@code run}.
 * If the calling thread is interrupted while it waits, every worker is interrupted and joined
 * before the {@link InterruptedException} is thrown, so no worker outlives the call.
 *
 * <p>Happens-before: everything the workers did happens-before {@code call} or {@code run}
 * returns ({@link Thread#join()}), so the caller sees all their writes.
 *
 * <p>Thread-safety: stateless; each call has its own threads.
 */
public final class Workers {

    /** The work of one thread; {@code worker} is its number, from 1. */
    @FunctionalInterface
    public interface Work<T> {
        T run(int worker) throws Exception;
    }

    /** Work of one thread that returns nothing; {@code worker} is its number, from 1. */
    @FunctionalInterface
    public interface Job {
        void run(int worker) throws Exception;
    }

    private Workers() {
    }

    /**
     * Runs {@code work} on {@code count} threads named {@code prefix-1} to {@code prefix-count},
     * all at once, and returns their results in that order once every thread has ended.
     *
     * @throws IllegalStateException if a worker failed; the failure is its cause
     */
    public static <T> List<T> call(String prefix, int count, Work<T> work) throws InterruptedException {
        if (count < 1) {
            throw new IllegalArgumentException("need at least 1 worker, was " + count);
        }
        Object[] results = new Object[count];
        Throwable[] failures = new Throwable[count];
        var startGate = new CountDownLatch(1);
        var threads = new ArrayList<Thread>(count);
        for (int i = 0; i < count; i++) {
            int index = i;
            threads.add(new Thread(() -> {
                try {
                    startGate.await();
                    results[index] = work.run(index + 1);
                } catch (Throwable failure) {
                    failures[index] = failure;
                }
            }, prefix + "-" + (i + 1)));
        }
        try {
            threads.forEach(Thread::start);
        } finally {
            startGate.countDown();
            joinAll(threads);
        }
        throwFirstFailure(threads, failures);
        @SuppressWarnings("unchecked")
        List<T> typed = (List<T>) Arrays.asList(results);
        return Collections.unmodifiableList(typed);
    }

    /** As {@link #call}, for work that returns nothing. */
    public static void run(String prefix, int count, Job job) throws InterruptedException {
        call(prefix, count, worker -> {
            job.run(worker);
            return null;
        });
    }

    /**
     * Joins every thread. Interrupted while it waits, it interrupts the workers (their work may
     * end early, as interruption asks), joins them all without giving up, and then rethrows.
     */
    private static void joinAll(List<Thread> threads) throws InterruptedException {
        for (Thread thread : threads) {
            try {
                thread.join();
            } catch (InterruptedException interrupted) {
                threads.forEach(Thread::interrupt);
                joinUninterruptibly(threads);
                throw interrupted;
            }
        }
    }

    private static void joinUninterruptibly(List<Thread> threads) {
        boolean interrupted = false;
        for (Thread thread : threads) {
            while (thread.isAlive()) {
                try {
                    thread.join();
                } catch (InterruptedException again) {
                    interrupted = true;
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private static void throwFirstFailure(List<Thread> threads, Throwable[] failures) {
        IllegalStateException thrown = null;
        for (int i = 0; i < failures.length; i++) {
            if (failures[i] == null) {
                continue;
            }
            if (thrown == null) {
                thrown = new IllegalStateException(threads.get(i).getName() + " failed: "
                        + failures[i], failures[i]);
            } else {
                thrown.addSuppressed(failures[i]);
            }
        }
        if (thrown != null) {
            throw thrown;
        }
    }
}
