package dev.threadlessons.subclassing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
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
}
