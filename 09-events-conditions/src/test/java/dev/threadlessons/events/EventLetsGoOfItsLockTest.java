package dev.threadlessons.events;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.threadlessons.testing.TestThreads;

/**
 * Every operation of {@link Event} lets go of its lock before it returns, whichever way it
 * returns. A test that only calls the event from one thread cannot see a missing
 * {@code unlock()}, since a {@code ReentrantLock} lets its holder in again; here each operation
 * runs on a thread of its own that then ends, and the test reads the lock it gave the event.
 */
class EventLetsGoOfItsLockTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"isSet", "set", "set twice", "clear", "await when set",
            "await(timeout) when set", "await(timeout) runs out", "await(0) when unset"})
    void theLockIsFreeOnceTheOperationHasReturned(String operation) throws Exception {
        var lock = new ReentrantLock();
        var event = new Event(lock);

        TestThreads.run("caller", () -> call(operation, event)).result();

        assertFalse(lock.isLocked(), operation + " returned without letting go of the event's lock");
    }

    private static void call(String operation, Event event) throws InterruptedException {
        switch (operation) {
            case "isSet" -> event.isSet();
            case "set" -> event.set();
            case "set twice" -> {
                event.set();
                event.set();
            }
            case "clear" -> event.clear();
            case "await when set" -> {
                event.set();
                event.await();
            }
            case "await(timeout) when set" -> {
                event.set();
                event.await(1, TimeUnit.SECONDS);
            }
            case "await(timeout) runs out" -> event.await(1, TimeUnit.MILLISECONDS);
            case "await(0) when unset" -> event.await(0, TimeUnit.MILLISECONDS);
            default -> throw new IllegalArgumentException(operation);
        }
    }
}
