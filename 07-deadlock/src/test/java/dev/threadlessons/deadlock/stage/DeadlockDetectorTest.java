package dev.threadlessons.deadlock.stage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class DeadlockDetectorTest {

    @Test
    void findsNothingWhenNoThreadIsStuck() {
        assertEquals(Optional.empty(), DeadlockDetector.find());
    }

    @Test
    void waitingForADeadlockThatNeverComesEndsAtTheDeadline() throws InterruptedException {
        assertEquals(Optional.empty(), DeadlockDetector.awaitDeadlock(Duration.ofMillis(100)));
    }
}
