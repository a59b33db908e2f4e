package dev.threadlessons.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

/**
 * Code compiled for Java 17 gets virtual threads exactly when the JVM running it has them: never
 * on 17, always from 21.
 */
class VirtualThreadsTest {

    @Test
    void factoryIsOfferedExactlyFromJdk21() {
        boolean modern = Runtime.version().feature() >= VirtualThreads.FIRST_RELEASE;

        assertEquals(modern, VirtualThreads.factory().isPresent());
    }

    @Test
    void factoryMakesUnstartedDaemonThreadsThatRunTheirTask() throws InterruptedException {
        assumeTrue(Runtime.version().feature() >= VirtualThreads.FIRST_RELEASE, "needs JDK 21 or newer");
        ThreadFactory factory = VirtualThreads.factory().orElseThrow();
        var ranOn = new AtomicReference<Thread>();

        Thread thread = factory.newThread(() -> ranOn.set(Thread.currentThread()));
        assertEquals(Thread.State.NEW, thread.getState());
        thread.start();
        thread.join();

        assertTrue(thread.isDaemon(), "virtual threads are always daemons");
        assertEquals(thread, ranOn.get());
        assertEquals("VirtualThread", thread.getClass().getSimpleName());
    }
}
