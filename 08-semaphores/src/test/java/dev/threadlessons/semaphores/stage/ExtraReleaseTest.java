package dev.threadlessons.semaphores.stage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

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
    void anExtraReleaseWhilePermitsAreOutGetsPastTheBoundButNotPastThePool() throws InterruptedException {
        assertEquals(new ExtraRelease.WhileOut(3, 3, true, true), ExtraRelease.whilePermitsAreOut(3));
    }

    @Test
    void withOnePermitTheSceneStillHasTwoHolders() throws InterruptedException {
        assertEquals(new ExtraRelease.WhileOut(2, 2, true, true), ExtraRelease.whilePermitsAreOut(1));
    }

    @Test
    void twoRacingReleasesPushCheckThenReleaseAboveItsMaximum() throws InterruptedException {
        assertEquals(4, ExtraRelease.racingOnCheckThenRelease(3));
    }

    @Test
    void twoRacingReleasesLeaveABoundedSemaphoreAtItsMaximum() throws InterruptedException {
        assertEquals(3, ExtraRelease.racingOnBoundedSemaphore(3));
    }

    @Test
    void aBrokenSceneIsRethrownNotReportedAsARefusal() {
        var broken = new ExtraRelease.SceneBroken("the other releaser did not arrive", null);

        var thrown = assertThrows(ExtraRelease.SceneBroken.class,
                () -> ExtraRelease.releaseFromTwoThreads(() -> {
                    throw broken;
                }));

        assertSame(broken, thrown);
    }
}
