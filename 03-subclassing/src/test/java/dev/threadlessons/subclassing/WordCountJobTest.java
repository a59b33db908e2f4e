package dev.threadlessons.subclassing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.FileNotFoundException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.threadlessons.util.NamedThreadFactory;

class WordCountJobTest {

    private static final String SEVEN_WORDS = "A latch opens once and stays open.";

    private final List<ExecutorService> executors = new ArrayList<>();

    @AfterEach
    void shutDownEveryExecutor() throws InterruptedException {
        for (ExecutorService executor : executors) {
            executor.shutdownNow();
            assertTrue(executor.awaitTermination(10, TimeUnit.SECONDS), "the pool did not end");
        }
    }

    @Test
    void getReturnsWhatCallReturned() throws Exception {
        var executor = pool(1);
        assertEquals(7, executor.submit(new WordCountJob(SEVEN_WORDS)).get());
    }

    @Test
    void getWaitsForTheJobAndGetWithATimeoutGivesUpWhileItRuns() throws Exception {
        var executor = pool(1);
        var gate = new CountDownLatch(1);
        Callable<Integer> gatedJob = () -> {
            gate.await();
            return new WordCountJob(SEVEN_WORDS).call();
        };
        try {
            Future<Integer> future = executor.submit(gatedJob);
            assertFalse(future.isDone());
            assertThrows(TimeoutException.class, () -> future.get(50, TimeUnit.MILLISECONDS));
            assertFalse(future.isDone(), "a timed-out get() leaves the job running");
            gate.countDown();
            assertEquals(7, future.get());
            assertTrue(future.isDone());
        } finally {
            gate.countDown();
        }
    }

    @Test
    void aCheckedExceptionThrownByCallArrivesFromGetWrappedInExecutionException() {
        var executor = pool(1);
        Callable<Integer> missingText = () -> {
            throw new FileNotFoundException("chapter-4.txt");
        };
        var future = executor.submit(missingText);
        var error = assertThrows(ExecutionException.class, future::get);
        assertInstanceOf(FileNotFoundException.class, error.getCause());
        assertEquals("chapter-4.txt", error.getCause().getMessage());
    }

    @Test
    void aFailingJobLeavesItsPoolThreadAliveForTheNextJob() throws Exception {
        var executor = pool(1);
        var failedOn = new AtomicReference<String>();
        Callable<Integer> failing = () -> {
            failedOn.set(Thread.currentThread().getName());
            throw new IllegalStateException("broken input");
        };
        assertThrows(ExecutionException.class, () -> executor.submit(failing).get());
        String nextOn = executor.submit(() -> Thread.currentThread().getName()).get();
        assertEquals("pool-1", failedOn.get());
        assertEquals("pool-1", nextOn);
    }

    @Test
    void oneJobCanBeSubmittedManyTimes() throws Exception {
        var executor = pool(2);
        var job = new WordCountJob(SEVEN_WORDS);
        var futures = List.of(executor.submit(job), executor.submit(job), executor.submit(job));
        for (Future<Integer> future : futures) {
            assertEquals(7, future.get());
        }
    }

    @Test
    void aShutDownExecutorRejectsNewJobs() {
        var executor = pool(1);
        executor.shutdown();
        assertThrows(RejectedExecutionException.class, () -> executor.submit(new WordCountJob(SEVEN_WORDS)));
    }

    @Test
    void theTextIsRequired() {
        var error = assertThrows(NullPointerException.class, () -> new WordCountJob(null));
        assertEquals("text", error.getMessage());
    }

    private ExecutorService pool(int threads) {
        var executor = Executors.newFixedThreadPool(threads, new NamedThreadFactory("pool"));
        executors.add(executor);
        return executor;
    }
}
