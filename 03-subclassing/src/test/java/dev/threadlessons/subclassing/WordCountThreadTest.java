package dev.threadlessons.subclassing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import dev.threadlessons.testing.ThreadWaits;

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
    void askingForTheResultWhileTheThreadStillRunsIsAnError() throws InterruptedException {
        // The thread is held inside its own run(), after counting, at the log line that reports it:
        // an appender on WordCountThread's logger waits there until the test lets it go.
        var release = new CountDownLatch(1);
        var holdAtTheLogLine = new AppenderBase<ILoggingEvent>() {
            @Override
            protected void append(ILoggingEvent event) {
                try {
                    release.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        };
        var logger = (Logger) LoggerFactory.getLogger(WordCountThread.class);
        holdAtTheLogLine.setContext(logger.getLoggerContext());
        holdAtTheLogLine.start();
        logger.addAppender(holdAtTheLogLine);
        var thread = new WordCountThread("counter-1", "still counting");
        try {
            thread.start();
            ThreadWaits.untilState(thread, Thread.State.TIMED_WAITING);
            var error = assertThrows(IllegalStateException.class, thread::count);
            assertEquals("counter-1 is still running; join it first", error.getMessage());
        } finally {
            release.countDown();
            thread.join();
            logger.detachAppender(holdAtTheLogLine);
        }
        assertEquals(2, thread.count());
    }

    @Test
    void startingAThreadInItsConstructorLetsRunSeeASubclassFieldBeforeItIsSet() throws InterruptedException {
        // Python's habit, self.start() at the end of __init__, in Java: the base constructor starts
        // the thread, and the subclass's field initialisers run only after it returns (JLS 12.5).
        // The latch holds the constructor until run() has read the field, so the early read is forced.
        var seen = new AtomicReference<String>("not read");
        var read = new CountDownLatch(1);
        class SelfStarting extends Thread {
            SelfStarting() {
                super("self-starting");
                start();
                try {
                    read.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
        class Greeter extends SelfStarting {
            // Not a constant ("hello" alone would be one, and javac would copy it into run()).
            private final String greeting = String.valueOf("hello");

            @Override
            public void run() {
                seen.set(greeting);
                read.countDown();
            }
        }
        var greeter = new Greeter();
        greeter.join();
        assertEquals(null, seen.get(), "run() began before the subclass's field was set");
        assertEquals("hello", greeter.greeting);
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
