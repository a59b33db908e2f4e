package dev.threadlessons.semaphores;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ExtraReleaseTest {

    @Test
    void aJdkSemaphoreReleasedTwiceEndsWithOnePermitTooMany() throws InterruptedException {
        assertEquals(4, ExtraRelease.onJdkSemaphore(3));
    }

    @Test
    void aBoundedSemaphoreReleasedTwiceStaysAtItsMaximum() throws InterruptedException {
        assertEquals(3, ExtraRelease.onBoundedSemaphore(3));
    }

    @Test
    void twoRacingReleasesPushCheckThenReleaseAboveItsMaximum() throws InterruptedException {
        assertEquals(4, ExtraRelease.racingOnCheckThenRelease(3));
    }

    @Test
    void twoRacingReleasesLeaveABoundedSemaphoreAtItsMaximum() throws InterruptedException {
        assertEquals(3, ExtraRelease.racingOnBoundedSemaphore(3));
    }
}
