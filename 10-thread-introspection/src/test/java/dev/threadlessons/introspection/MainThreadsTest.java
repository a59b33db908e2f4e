package dev.threadlessons.introspection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The JVM's main thread is found by name. Surefire itself runs JUnit, and the tests, on the JVM's
 * {@code main} thread; this test runs elsewhere only because this project's
 * {@code junit-platform.properties} (in test-support) sets
 * {@code junit.jupiter.execution.timeout.thread.mode.default = SEPARATE_THREAD}, which runs each
 * test body on a thread named {@code junit-timeout-thread-N}. Without that setting the last
 * assertion would fail.
 */
class MainThreadsTest {

    @Test
    void theJvmsMainThreadIsFoundAndIsNotTheTestThreadUnderThisProjectsSeparateThreadSetting() {
        var main = MainThreads.jvmMain().orElseThrow();
        assertEquals("main", main.getName());
        assertEquals("main", main.getThreadGroup().getName());
        assertTrue(Thread.currentThread().getName().startsWith("junit-timeout-thread-"),
                Thread.currentThread().getName());
        assertNotSame(Thread.currentThread(), main);
    }
}
