package dev.threadlessons.subclassing.stage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

class HandledThreadsTest {

    @Test
    void namesItsThreadsAndNotesWhatEndsThem() throws InterruptedException {
        var threads = new HandledThreads("worker");
        Thread thread = threads.newThread(() -> {
            throw new IllegalStateException("boom");
        });
        assertEquals("worker-1", thread.getName());
        assertFalse(thread.isDaemon());
        thread.start();
        thread.join();

        assertTrue(threads.awaitCaught(1, Duration.ofSeconds(10)));
        assertEquals(List.of("worker-1"), threads.caught().stream().map(HandledThreads.Caught::thread).toList());
        assertEquals("boom", threads.caught().get(0).exception().getMessage());
    }

    @Test
    void waitingForACatchThatNeverComesGivesUpAtItsTimeout() throws InterruptedException {
        assertFalse(new HandledThreads("worker").awaitCaught(1, Duration.ofMillis(20)));
    }
}
