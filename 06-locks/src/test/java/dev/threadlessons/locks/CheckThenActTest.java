package dev.threadlessons.locks;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import dev.threadlessons.locks.stage.HoldFirstArrival;
import dev.threadlessons.locks.stage.NamedTask;
import dev.threadlessons.locks.stage.RaceWindow;
import dev.threadlessons.util.ThreadListing;
import dev.threadlessons.util.ThreadRow;

class CheckThenActTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    static Stream<Arguments> lockedAccounts() {
        Function<RaceWindow, Account> monitor = window -> new SynchronizedAccount(100, window);
        Function<RaceWindow, Account> reentrantLock = window -> new LockedAccount(100, window);
        return Stream.of(
                Arguments.of("synchronized", monitor, Thread.State.BLOCKED),
                Arguments.of("ReentrantLock", reentrantLock, Thread.State.WAITING));
    }

    @ParameterizedTest(name = "{0}: the second customer is {2}")
    @MethodSource("lockedAccounts")
    void secondCustomerWaitsForTheLockWhileTheFirstIsBetweenCheckAndAct(
            String name, Function<RaceWindow, Account> accountAround, Thread.State expectedState)
            throws InterruptedException {
        var window = new HoldFirstArrival();
        Account account = accountAround.apply(window);
        NamedTask<Boolean> first = NamedTask.start("customer-1", () -> account.withdraw(80));
        NamedTask<Boolean> second = null;
        try {
            window.awaitArrival(TIMEOUT);
            second = NamedTask.start("customer-2", () -> account.withdraw(80));
            Thread waiter = second.thread();
            // One snapshot: waits for the lock customer-1 owns, in the state this kind of lock gives.
            await().atMost(TIMEOUT).until(() -> {
                ThreadRow row = ThreadListing.of(waiter);
                return row.lockOwnerId() == first.thread().getId() && row.state() == expectedState;
            });
        } finally {
            window.release();
            first.thread().join();
            if (second != null) {
                second.thread().join();
            }
        }
        assertTrue(first.join(), "customer-1 passed the check first and was paid");
        assertFalse(second.join(), "customer-2 checked only after customer-1 had paid out");
        assertEquals(20, account.balance());
    }

    @Test
    void withoutALockTheSecondCustomerGoesThroughTheGapAndBothArePaid() throws InterruptedException {
        var window = new HoldFirstArrival();
        var account = new UnsafeAccount(100, window);
        NamedTask<Boolean> first = NamedTask.start("customer-1", () -> account.withdraw(80));
        boolean secondPaid;
        try {
            window.awaitArrival(TIMEOUT);
            // customer-1 is held after its check; customer-2 finishes before it goes on.
            secondPaid = NamedTask.start("customer-2", () -> account.withdraw(80)).join();
        } finally {
            window.release();
            first.thread().join();
        }

        assertTrue(secondPaid);
        assertTrue(first.join());
        assertEquals(-60, account.balance());
    }
}
