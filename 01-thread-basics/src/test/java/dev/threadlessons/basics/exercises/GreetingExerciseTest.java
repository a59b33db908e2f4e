package dev.threadlessons.basics.exercises;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;

import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import dev.threadlessons.testing.Exercise;
import dev.threadlessons.testing.TestThreads;

/**
 * Grades exercise 01-1, {@link Greeting#startGreeter}: the thread it returns is started, is named
 * {@code greeter}, and is the one that said hello, not the caller. Run it with
 * {@code mvn -pl 01-thread-basics test -Pexercises}.
 */
@Tag(Exercise.TAG)
public class GreetingExerciseTest {

    @Test
    void theGreeterIsANewStartedThreadNamedGreeterThatSaysHelloItself() throws Exception {
        var said = new ConcurrentLinkedQueue<String>();
        var speakers = new ConcurrentLinkedQueue<Thread>();
        Greeting greeting = Exercise.create(Greeting.class, Greeting.class, new Class<?>[0]);

        Thread greeter = greeting.startGreeter(line -> {
            said.add(line);
            speakers.add(Thread.currentThread());
        });

        assertNotEquals(Thread.State.NEW, greeter.getState(), "startGreeter() must start the thread it returns");
        TestThreads.joinAll(List.of(greeter));
        assertEquals("greeter", greeter.getName(), "the thread must be named greeter");
        assertEquals(List.of("hello from greeter"), List.copyOf(said), "the greeter must say hello once, with its own name");
        assertNotSame(Thread.currentThread(), speakers.peek(),
                "the hello came from the calling thread: run() runs the code here; start() runs it on the new thread");
        assertEquals(greeter, speakers.peek(), "the hello must come from the thread startGreeter() returned");
    }
}
