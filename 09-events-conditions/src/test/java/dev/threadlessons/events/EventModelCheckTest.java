package dev.threadlessons.events;

import java.util.concurrent.TimeUnit;

import org.jetbrains.lincheck.datastructures.Operation;
import org.junit.jupiter.api.Test;

import dev.threadlessons.testing.ModelCheck;

/**
 * {@link Event}'s set, clear, is-set and a wait that does not wait (a timeout of zero) are
 * linearizable: Lincheck's model checker runs them on two threads, switching at every lock and
 * shared read or write, and every outcome is one the same calls made one at a time give. The
 * waits that block are tested with forced interleavings in {@code EventTest}: a model checker
 * of small scenarios cannot show that a waiter wakes.
 *
 * <p>Public, with {@code @Operation} methods, because Lincheck creates this class anew for every
 * run and calls the operations on its threads.
 */
public class EventModelCheckTest {

    private final Event event = new Event();

    @Operation
    public void set() {
        event.set();
    }

    @Operation
    public void clear() {
        event.clear();
    }

    @Operation
    public boolean isSet() {
        return event.isSet();
    }

    @Operation
    public boolean awaitWithoutWaiting() throws InterruptedException {
        return event.await(0, TimeUnit.MILLISECONDS);
    }

    @Test
    void setClearIsSetAndAZeroTimeoutWaitMatchSomeOneAtATimeOrder() {
        ModelCheck.assertLinearizable(EventModelCheckTest.class);
    }
}
