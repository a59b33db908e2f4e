package dev.threadlessons.introspection.stage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;

import org.junit.jupiter.api.Test;

import dev.threadlessons.testing.TestThreads;

/** Polling waits for a state with a deadline, and says what it waited for when it gives up. */
class PollingTest {

    @Test
    void awaitStateReturnsOnceTheThreadIsInTheState() throws InterruptedException {
        var never = new CountDownLatch(1);
        var waiter = TestThreads.run("latch-waiter", never::await).thread();
        try {
            Polling.awaitState(waiter, Thread.State.WAITING, TestThreads.PATIENCE);
            assertEquals(Thread.State.WAITING, waiter.getState());
        } finally {
            never.countDown();
            waiter.join();
        }
    }

    @Test
    void awaitStateGivesUpAfterTheTimeoutNamingTheThreadAndTheState() throws InterruptedException {
        var never = new CountDownLatch(1);
        var waiter = TestThreads.run("latch-waiter", never::await).thread();
        try {
            var e = assertThrows(IllegalStateException.class, () ->
                    Polling.awaitState(waiter, Thread.State.BLOCKED, Duration.ofMillis(200)));
            assertEquals("gave up after 200 ms waiting until latch-waiter is BLOCKED", e.getMessage());
        } finally {
            never.countDown();
            waiter.join();
        }
    }

    @Test
    void awaitStateFailsAtOnceWhenTheThreadEndedWithoutGettingThere() throws InterruptedException {
        var quick = TestThreads.run("quick", () -> { }).thread();
        quick.join();
        // With a minute to wait, only the fail-fast path can produce this message.
        var e = assertThrows(IllegalStateException.class, () ->
                Polling.awaitState(quick, Thread.State.WAITING, Duration.ofMinutes(1)));
        assertEquals("quick ended before it was WAITING", e.getMessage());
    }

    @Test
    void untilReturnsAtOnceWhenTheConditionAlreadyHolds() throws InterruptedException {
        Polling.until(() -> true, Duration.ofMillis(1), "it holds");
    }

    @Test
    void aTimeoutMustBePositive() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> Polling.until(() -> true, Duration.ofSeconds(-1), "never"));
        assertEquals("timeout must be positive: PT-1S", e.getMessage());
    }
}
