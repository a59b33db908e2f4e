package dev.threadlessons.introspection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;

import org.junit.jupiter.api.Test;

/** The JVM's main thread is found by name; under a test runner it is not the thread of the test. */
class MainThreadsTest {

    @Test
    void theJvmsMainThreadIsFoundAndIsNotTheThreadRunningThisTest() {
        var main = MainThreads.jvmMain().orElseThrow();
        assertEquals("main", main.getName());
        assertEquals("main", main.getThreadGroup().getName());
        assertNotSame(Thread.currentThread(), main);
    }
}
