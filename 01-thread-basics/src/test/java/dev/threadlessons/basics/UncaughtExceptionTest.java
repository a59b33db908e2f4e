package dev.threadlessons.basics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;

/**
 * Some of these tests swap the JVM-wide default handler and {@code System.err}: {@link Isolated}
 * keeps any other test from running beside them, should parallel execution ever be turned on.
 */
@Isolated
class UncaughtExceptionTest {

    private static final Runnable PARSE_A_WORD = () -> Integer.parseInt("forty-two");

    @Test
    void theHandlerRunsOnTheDyingThreadAndGetsItsException() throws InterruptedException {
        var handler = new RecordingExceptionHandler();
        var thread = new Thread(PARSE_A_WORD, "parser");
        thread.setUncaughtExceptionHandler(handler);
        try {
            thread.start();
        } finally {
            thread.join();
        }
        var failures = handler.failures();
        assertEquals(1, failures.size());
        assertEquals("parser", failures.get(0).threadName());
        assertEquals("parser", failures.get(0).handlerThreadName());
        assertInstanceOf(NumberFormatException.class, failures.get(0).error());
        assertEquals("For input string: \"forty-two\"", failures.get(0).error().getMessage());
    }

    @Test
    void usageJoinReturnsNormallyAfterTheThreadDiedOfAnException() throws InterruptedException {
        // Only shows usage: join() declares no exception of the thread it waits for, so it cannot
        // rethrow one; what proves the exception ended the thread is the handler that got it.
        var handler = new RecordingExceptionHandler();
        var thread = new Thread(PARSE_A_WORD, "parser");
        thread.setUncaughtExceptionHandler(handler);
        try {
            thread.start();
        } finally {
            thread.join();
        }
        assertEquals(Thread.State.TERMINATED, thread.getState());
        assertEquals(1, handler.failures().size());
    }

    @Test
    void theDefaultHandlerCatchesWhatAThreadWithoutItsOwnHandlerThrows() throws InterruptedException {
        var global = new RecordingExceptionHandler();
        var previous = Thread.getDefaultUncaughtExceptionHandler();
        Thread.setDefaultUncaughtExceptionHandler(global);
        try {
            runToDeath(new Thread(PARSE_A_WORD, "parser"));
        } finally {
            Thread.setDefaultUncaughtExceptionHandler(previous);
        }
        assertEquals(List.of("parser"), global.failures().stream().map(f -> f.threadName()).toList());
    }

    @Test
    void aThreadsOwnHandlerWinsOverTheDefaultHandler() throws InterruptedException {
        var global = new RecordingExceptionHandler();
        var own = new RecordingExceptionHandler();
        var previous = Thread.getDefaultUncaughtExceptionHandler();
        Thread.setDefaultUncaughtExceptionHandler(global);
        try {
            var thread = new Thread(PARSE_A_WORD, "parser");
            thread.setUncaughtExceptionHandler(own);
            runToDeath(thread);
        } finally {
            Thread.setDefaultUncaughtExceptionHandler(previous);
        }
        assertEquals(1, own.failures().size());
        assertTrue(global.failures().isEmpty());
    }

    @Test
    void withNoHandlerAtAllTheStackTraceGoesToStandardError() throws InterruptedException {
        var captured = new ByteArrayOutputStream();
        var previousErr = System.err;
        var previousHandler = Thread.getDefaultUncaughtExceptionHandler();
        Thread.setDefaultUncaughtExceptionHandler(null);
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            runToDeath(new Thread(PARSE_A_WORD, "parser"));
        } finally {
            System.setErr(previousErr);
            Thread.setDefaultUncaughtExceptionHandler(previousHandler);
        }
        String err = captured.toString(StandardCharsets.UTF_8);
        assertTrue(err.startsWith("Exception in thread \"parser\" java.lang.NumberFormatException"), err);
    }

    private static void runToDeath(Thread thread) throws InterruptedException {
        try {
            thread.start();
        } finally {
            thread.join();
        }
    }
}
