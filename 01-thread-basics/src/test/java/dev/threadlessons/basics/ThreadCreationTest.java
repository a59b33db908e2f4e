package dev.threadlessons.basics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;

import dev.threadlessons.testing.TestThreads;

import dev.threadlessons.basics.stage.ThreadNameRecorder;

class ThreadCreationTest {

    @Test
    void aLambdaAMethodReferenceAndARunnableClassAllRunOnTheNewThread() throws InterruptedException {
        var recorder = new ThreadNameRecorder();
        var threads = List.of(
                new Thread(() -> recorder.run(), "lambda-worker"),
                new Thread(recorder::run, "method-ref-worker"),
                new Thread(recorder, "class-worker"));
        try {
            for (Thread thread : threads) {
                thread.start();
                thread.join();
            }
        } finally {
            TestThreads.joinAll(threads);
        }
        assertEquals(List.of("lambda-worker", "method-ref-worker", "class-worker"), recorder.threadNames());
    }

    @Test
    void argumentsGivenToTheTaskBeforeStartArriveInTheNewThread() throws InterruptedException {
        var lines = new CopyOnWriteArrayList<String>();
        var thread = new Thread(new Greeter("Ada", 2,
                line -> lines.add(Thread.currentThread().getName() + ": " + line)), "greeter");
        try {
            thread.start();
        } finally {
            thread.join();
        }
        assertEquals(List.of("greeter: hello, Ada (1 of 2)", "greeter: hello, Ada (2 of 2)"), lines);
    }

    @Test
    void aLambdaTakesItsArgumentsByCapturingEffectivelyFinalLocals() throws InterruptedException {
        var lines = new CopyOnWriteArrayList<String>();
        String who = "Grace";
        int times = 1;
        // Python's Thread(target=greet, args=(who, times)): the lambda calls a plain method with them.
        var thread = new Thread(() -> greet(lines, who, times), "lambda-greeter");
        try {
            thread.start();
        } finally {
            thread.join();
        }
        assertEquals(List.of("hello, Grace (1 of 1)"), lines);
    }

    @Test
    void aGreeterRejectsACountBelowOneAndMissingArguments() {
        assertEquals(1, new Greeter("Ada", 1, line -> { }).times(), "once is the fewest, and allowed");
        var zero = assertThrows(IllegalArgumentException.class, () -> new Greeter("Ada", 0, line -> { }));
        assertEquals("times must be at least 1, was 0", zero.getMessage());
        var noName = assertThrows(NullPointerException.class, () -> new Greeter(null, 1, line -> { }));
        assertEquals("who", noName.getMessage());
        var noOut = assertThrows(NullPointerException.class, () -> new Greeter("Ada", 1, null));
        assertEquals("out", noOut.getMessage());
    }

    private static void greet(List<String> into, String who, int times) {
        for (int i = 1; i <= times; i++) {
            into.add("hello, " + who + " (" + i + " of " + times + ")");
        }
    }
}
