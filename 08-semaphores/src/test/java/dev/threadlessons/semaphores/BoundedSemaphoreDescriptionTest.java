package dev.threadlessons.semaphores;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** What a {@link BoundedSemaphore} says of itself in a log line or a debugger: its count now and its bound. */
class BoundedSemaphoreDescriptionTest {

    @Test
    void toStringGivesThePermitsAvailableNowAndTheMaximum() {
        var semaphore = new BoundedSemaphore(3);
        assertEquals("BoundedSemaphore[3 of 3 available]", semaphore.toString());

        semaphore.tryAcquire();
        assertEquals("BoundedSemaphore[2 of 3 available]", semaphore.toString());
    }
}
