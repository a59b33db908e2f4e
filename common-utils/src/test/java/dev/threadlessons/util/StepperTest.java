package dev.threadlessons.util;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;

import dev.threadlessons.util.Stepper.Status;

class StepperTest {

    @Test
    void eachThreadWaitsAtItsFirstStepUntilItIsAllowedToTakeIt() {
        var level = new SampleLevels.LostUpdate();
        try (var stepper = new Stepper()) {
            level.start(stepper);
            assertEquals(List.of("worker-1", "worker-2"), stepper.movable());
            assertEquals("read count (0)", stepper.views().get(0).stepText());

            stepper.allow("worker-1");
            stepper.allow("worker-2");

            assertEquals("write count = 1", stepper.views().get(0).stepText());
            assertEquals("write count = 1", stepper.views().get(1).stepText());
            assertEquals("count = 0", level.state());
        }
    }

    @Test
    void aThreadStoppedInAHookThatCannotThrowEndsWithoutTakingItsStepWhenTheLevelEnds() throws InterruptedException {
        var tookTheStep = new AtomicBoolean();
        var interruptKept = new AtomicBoolean();
        var ended = new CountDownLatch(1);
        Runnable hook;
        try (var stepper = new Stepper()) {
            hook = () -> stepper.stepOrCancel("act", () -> "");
            stepper.start("worker-1", () -> {
                try {
                    hook.run();
                    tookTheStep.set(true);
                } finally {
                    interruptKept.set(Thread.currentThread().isInterrupted());
                    ended.countDown();
                }
            });
            assertEquals(List.of("worker-1"), stepper.movable());
        }
        assertTrue(ended.await(10, TimeUnit.SECONDS));
        assertFalse(tookTheStep.get());
        assertTrue(interruptKept.get());
    }

    @Test
    void aThreadThatAskedForAHeldMonitorIsStuckOnItAndTheJvmNamesTheOwner() {
        var level = new SampleLevels.Monitor();
        try (var stepper = new Stepper()) {
            level.start(stepper);
            stepper.allow("customer-1");
            stepper.allow("customer-2");

            var second = stepper.views().get(1);
            assertEquals(Status.STUCK, second.status());
            assertTrue(second.waitingOn().endsWith("held by customer-1"), second.waitingOn());
            assertThrows(IllegalArgumentException.class, () -> stepper.allow("customer-2"));

            stepper.allow("customer-1");
            assertEquals(List.of("customer-2"), stepper.movable(), "the released monitor went to customer-2");
        }
    }

    @Test
    void twoThreadsEachHoldingTheLockTheOtherWantsAreStuckAndTheJvmCallsItADeadlock() {
        var level = new SampleLevels.Deadlock();
        try (var stepper = new Stepper()) {
            level.start(stepper);
            stepper.allow("teller-1");
            stepper.allow("teller-2");
            stepper.allow("teller-1");
            stepper.allow("teller-2");

            assertTrue(stepper.stuck());
            assertEquals(Set.of("teller-1", "teller-2"), stepper.deadlockedThreads());
        }
    }

    @Test
    void aThreadTheStepperDidNotStartIsNotStepped() throws InterruptedException {
        new Stepper().step("anything", () -> "at all");
    }

    @Test
    void theBrokenCounterLosesAnUpdateInFourOfItsSixSchedules() {
        var report = Explorer.explore(SampleLevels.LostUpdate::new, 10);

        assertEquals(6, report.schedules());
        assertEquals(4, report.breaking());
        assertEquals(List.of(1, 2, 1, 2), report.firstBreaking().orElseThrow());
    }

    @Test
    void theLockedCounterLosesNothingInAnyOfItsSchedules() {
        var report = Explorer.explore(SampleLevels.Locked::new, 20);

        assertTrue(report.unbreakable(), report::toString);
        assertTrue(report.schedules() >= 2, report::toString);
    }

    @Test
    void locksTakenInOppositeOrdersDeadlockInSomeSchedules() {
        var report = Explorer.explore(SampleLevels.Deadlock::new, 10);

        assertTrue(report.breaking() > 0 && report.breaking() < report.schedules(), report::toString);
    }
}
