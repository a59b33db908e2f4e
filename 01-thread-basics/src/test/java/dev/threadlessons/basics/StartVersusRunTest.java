package dev.threadlessons.basics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.threadlessons.basics.stage.ThreadNameRecorder;

class StartVersusRunTest {

    @Test
    void callingRunDirectlyExecutesTheTaskOnTheCallersThreadAndStartsNoThread() {
        var recorder = new ThreadNameRecorder();
        var thread = new Thread(recorder, "runner");

        thread.run();

        // Test bodies run on junit-timeout-thread-N, so compare with the caller, not with "main".
        assertEquals(Thread.currentThread().getName(), recorder.lastThreadName());
        assertEquals(Thread.State.NEW, thread.getState());
    }

    @Test
    void startExecutesTheTaskOnTheNewThread() throws InterruptedException {
        var recorder = new ThreadNameRecorder();
        var thread = new Thread(recorder, "runner");
        try {
            thread.start();
        } finally {
            thread.join();
        }
        assertEquals(List.of("runner"), recorder.threadNames());
    }

    @Test
    void theSameRunnableCanBeGivenToANewThreadAfterTheFirstOneEnded() throws InterruptedException {
        var recorder = new ThreadNameRecorder();
        var first = new Thread(recorder, "first");
        var second = new Thread(recorder, "second");
        try {
            first.start();
            first.join();
            second.start();
        } finally {
            first.join();
            second.join();
        }
        assertEquals(List.of("first", "second"), recorder.threadNames());
    }

    @Test
    void aThreadCanBeStartedOnlyOnce() throws InterruptedException {
        var thread = new Thread(new ThreadNameRecorder(), "runner");
        try {
            thread.start();
        } finally {
            thread.join();
        }
        assertThrows(IllegalThreadStateException.class, thread::start);
    }
}
