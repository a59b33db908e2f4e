package dev.threadlessons.subclassing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class WordCountTaskTest {

    @Test
    void theTasksResultIsReadAfterJoiningTheThreadThatRanIt() throws InterruptedException {
        var task = new WordCountTask("A latch opens once and stays open.");
        var thread = new Thread(task, "task-1");
        try {
            thread.start();
        } finally {
            thread.join();
        }
        assertEquals(7, task.count());
    }

    @Test
    void oneTaskCanRunAgainOnAnotherThreadWhereAThreadCannotStartTwice() throws InterruptedException {
        var task = new WordCountTask("one two three");
        var first = new Thread(task, "first");
        var second = new Thread(task, "second");
        try {
            first.start();
            first.join();
            assertEquals(3, task.count());
            second.start();
        } finally {
            first.join();
            second.join();
        }
        assertEquals(3, task.count());
        assertThrows(IllegalThreadStateException.class, first::start);
    }

    @Test
    void askingForTheResultBeforeTheTaskRanIsAnError() {
        var error = assertThrows(IllegalStateException.class, () -> new WordCountTask("words").count());
        assertEquals("the task has not run; start a thread with it and join it first", error.getMessage());
    }

    @Test
    void theTextIsRequired() {
        var error = assertThrows(NullPointerException.class, () -> new WordCountTask(null));
        assertEquals("text", error.getMessage());
    }
}
