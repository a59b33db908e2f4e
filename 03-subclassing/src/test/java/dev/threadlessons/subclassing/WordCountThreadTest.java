package dev.threadlessons.subclassing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;

class WordCountThreadTest {

    @Test
    void theSubclassCarriesItsNameAndItsResultIsReadAfterJoin() throws InterruptedException {
        var thread = new WordCountThread("counter-1", "A latch opens once and stays open.");
        assertEquals("counter-1", thread.getName());
        try {
            thread.start();
        } finally {
            thread.join();
        }
        assertEquals(7, thread.count());
    }

    @Test
    void askingForTheResultBeforeStartIsAnError() {
        var thread = new WordCountThread("counter-1", "some words");
        var error = assertThrows(IllegalStateException.class, thread::count);
        assertEquals("counter-1 has not been started", error.getMessage());
    }

    @Test
    void aThreadSubclassInstanceRunsOnlyOnce() throws InterruptedException {
        var thread = new WordCountThread("counter-1", "some words");
        try {
            thread.start();
        } finally {
            thread.join();
        }
        assertThrows(IllegalThreadStateException.class, thread::start);
    }

    @Test
    void anOverriddenRunReplacesTheRunnableGivenToTheConstructor() throws InterruptedException {
        var ran = new CopyOnWriteArrayList<String>();
        var thread = new Thread(() -> ran.add("the Runnable"), "both") {
            @Override
            public void run() {
                ran.add("the override");
            }
        };
        try {
            thread.start();
        } finally {
            thread.join();
        }
        assertEquals(List.of("the override"), ran);
    }

    @Test
    void callingSuperRunFromTheOverrideRunsTheGivenRunnable() throws InterruptedException {
        var ran = new CopyOnWriteArrayList<String>();
        var thread = new Thread(() -> ran.add("the Runnable"), "both") {
            @Override
            public void run() {
                ran.add("the override");
                super.run();
            }
        };
        try {
            thread.start();
        } finally {
            thread.join();
        }
        assertEquals(List.of("the override", "the Runnable"), ran);
    }

    @Test
    void aSubclassWhoseConstructorNamesNoThreadGetsADefaultName() {
        var unnamed = new Thread() {
            @Override
            public void run() {
                // Never started: only its name matters here.
            }
        };
        assertTrue(unnamed.getName().matches("Thread-\\d+"), unnamed.getName());
    }

    @Test
    void theTextIsRequired() {
        var error = assertThrows(NullPointerException.class, () -> new WordCountThread("counter-1", null));
        assertEquals("text", error.getMessage());
    }
}
