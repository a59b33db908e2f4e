package dev.threadlessons.basics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import dev.threadlessons.basics.stage.SpinningTask;

class ThreadStatesTest {

    @Test
    void aThreadGoesFromNewToRunnableToTerminated() throws InterruptedException {
        var task = new SpinningTask();
        var thread = new Thread(task, "spinner");
        assertEquals(Thread.State.NEW, thread.getState());
        assertFalse(thread.isAlive());
        try {
            thread.start();
            task.awaitStarted();
            // The task spins until released, so the thread cannot be anything but RUNNABLE now.
            assertEquals(Thread.State.RUNNABLE, thread.getState());
            assertTrue(thread.isAlive());
        } finally {
            task.release();
            thread.join();
        }
        assertEquals(Thread.State.TERMINATED, thread.getState());
        assertFalse(thread.isAlive());
    }
}
