package dev.threadlessons.subclassing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import dev.threadlessons.util.NamedThreadFactory;

class ExecutorPitfallsTest {

    @Test
    void aThreadSubclassHandedToAnExecutorRunsOnAPoolThreadAndItselfNeverStarts() throws Exception {
        var ranOn = new CopyOnWriteArrayList<String>();
        var subclass = new Thread("my-thread") {
            @Override
            public void run() {
                ranOn.add(Thread.currentThread().getName());
            }
        };
        var executor = Executors.newSingleThreadExecutor(new NamedThreadFactory("pool"));
        try {
            executor.submit(subclass).get();
        } finally {
            executor.shutdown();
            assertTrue(executor.awaitTermination(10, TimeUnit.SECONDS));
        }
        // A Thread is also a Runnable: the pool called its run(), and its own name meant nothing.
        assertEquals(List.of("pool-1"), ranOn);
        assertEquals(Thread.State.NEW, subclass.getState());
    }

    @Test
    void aWordCountThreadRunByAnExecutorRefusesItsResultBecauseItNeverStarted() throws Exception {
        var counter = new WordCountThread("counter-1", "one two three");
        var executor = Executors.newSingleThreadExecutor(new NamedThreadFactory("pool"));
        try {
            executor.submit(counter).get();
        } finally {
            executor.shutdown();
            assertTrue(executor.awaitTermination(10, TimeUnit.SECONDS));
        }
        var error = assertThrows(IllegalStateException.class, counter::count);
        assertEquals("counter-1 has not been started", error.getMessage());
    }

    @Test
    void aPoolThreadOutlivesItsJobUntilTheExecutorIsShutDown() throws Exception {
        var created = new CopyOnWriteArrayList<Thread>();
        var names = new NamedThreadFactory("pool");
        var executor = Executors.newFixedThreadPool(1, task -> {
            var thread = names.newThread(task);
            created.add(thread);
            return thread;
        });
        try {
            assertEquals(3, executor.submit(new WordCountJob("one two three")).get());
            var poolThread = created.get(0);
            // Idle, non-daemon and alive: left like this, it would keep the JVM from exiting.
            assertTrue(poolThread.isAlive());
            assertFalse(poolThread.isDaemon());
        } finally {
            executor.shutdown();
            assertTrue(executor.awaitTermination(10, TimeUnit.SECONDS));
        }
        created.get(0).join();
        assertFalse(created.get(0).isAlive());
    }

    @Test
    void anExceptionFromARunnableGivenToSubmitStaysInItsFutureAndReachesNoHandler() throws Exception {
        var handled = new CopyOnWriteArrayList<Throwable>();
        var executor = Executors.newSingleThreadExecutor(handledBy(handled, new Semaphore(0)));
        try {
            var future = executor.submit((Runnable) () -> {
                throw new IllegalStateException("nobody asked");
            });
            // One thread: when this job has run, the failed one is over.
            String nextOn = executor.submit(() -> Thread.currentThread().getName()).get();
            assertTrue(future.isDone());
            assertEquals(List.of(), handled, "FutureTask caught it: nothing reached the handler");
            assertEquals("pool-1", nextOn, "the pool thread survived");
            var kept = assertThrows(ExecutionException.class, future::get);
            assertInstanceOf(IllegalStateException.class, kept.getCause());
        } finally {
            executor.shutdown();
            assertTrue(executor.awaitTermination(10, TimeUnit.SECONDS));
        }
    }

    @Test
    void anExceptionFromARunnableGivenToExecuteEndsThePoolThreadAndReachesItsHandler() throws Exception {
        var handled = new CopyOnWriteArrayList<Throwable>();
        var arrived = new Semaphore(0);
        var executor = Executors.newSingleThreadExecutor(handledBy(handled, arrived));
        try {
            executor.execute(() -> {
                throw new IllegalStateException("unwrapped");
            });
            assertTrue(arrived.tryAcquire(10, TimeUnit.SECONDS), "the handler was never called");
            assertEquals("unwrapped", handled.get(0).getMessage());
            String nextOn = executor.submit(() -> Thread.currentThread().getName()).get();
            assertEquals("pool-2", nextOn, "the pool replaced the thread that died");
        } finally {
            executor.shutdown();
            assertTrue(executor.awaitTermination(10, TimeUnit.SECONDS));
        }
    }

    private static ThreadFactory handledBy(List<Throwable> handled, Semaphore arrived) {
        var names = new NamedThreadFactory("pool");
        return task -> {
            Thread thread = names.newThread(task);
            thread.setUncaughtExceptionHandler((dying, exception) -> {
                handled.add(exception);
                arrived.release();
            });
            return thread;
        };
    }
}
