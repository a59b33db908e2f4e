package dev.threadlessons.deadlock;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import dev.threadlessons.testing.TestThreads;
import dev.threadlessons.testing.TestThreads.Started;
import dev.threadlessons.util.ThreadListing;

import dev.threadlessons.deadlock.stage.DeadlockDetector;
import dev.threadlessons.deadlock.stage.TransferWorkload;

class FixesTest {

    private static final Duration WITHIN = Duration.ofSeconds(10);
    /** Generous: these transfers take well under a second, even on 2 busy cores. */
    private static final Duration RUN_LIMIT = Duration.ofSeconds(40);

    static Stream<Arguments> fixes() {
        return Stream.of(
                Arguments.of("OrderedTransfer", (Supplier<Transfer>) OrderedTransfer::new),
                Arguments.of("TryLockTransfer", (Supplier<Transfer>) TryLockTransfer::new),
                Arguments.of("CoarseLockTransfer", (Supplier<Transfer>) CoarseLockTransfer::new));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixes")
    void thousandsOfRandomConcurrentTransfersInBothDirectionsFinishAndConserveTheMoney(
            String name, Supplier<Transfer> fix) throws InterruptedException {
        var bank = Bank.open(6, 1_000);

        var outcome = new TransferWorkload(8, 20_000).run(fix.get(), bank, RUN_LIMIT);

        assertEquals(Optional.empty(), outcome.deadlock());
        assertTrue(outcome.finished(), name + " did not finish within " + RUN_LIMIT);
        assertEquals(20_000, outcome.done());
        assertEquals(6_000, outcome.totalBefore());
        assertEquals(6_000, outcome.totalAfter());
        assertTrue(bank.accounts().stream().allMatch(account -> account.balance() >= 0));
    }

    @Test
    void orderedTransferMakesTheReverseTransferWaitForTheLowerIdWhileHoldingNothing()
            throws InterruptedException {
        var bank = Bank.open(2, 100);
        var forwardHoldsAccount1 = new CountDownLatch(1);
        var letForwardGoOn = new CountDownLatch(1);
        var ordered = new OrderedTransfer(() -> {
            if (Thread.currentThread().getName().equals("transfer-1-to-2")) {
                forwardHoldsAccount1.countDown();
                letForwardGoOn.await();
            }
        });
        var forward = TestThreads.start("transfer-1-to-2",
                () -> ordered.transfer(bank.account(1), bank.account(2), 30));
        Started<Boolean> backward = null;
        try {
            assertTrue(forwardHoldsAccount1.await(WITHIN.toMillis(), TimeUnit.MILLISECONDS));
            backward = TestThreads.start("transfer-2-to-1",
                    () -> ordered.transfer(bank.account(2), bank.account(1), 10));
            Thread waiter = backward.thread();
            await().atMost(WITHIN).until(() ->
                    ThreadListing.of(waiter).lockOwnerId() == forward.thread().getId());

            // Waiting for account 1 while holding nothing: no cycle can close.
            assertFalse(bank.account(2).lock().isLocked());
            assertTrue(bank.account(1).lock().waiting().contains(waiter));
            assertTrue(DeadlockDetector.find().isEmpty());
        } finally {
            letForwardGoOn.countDown();
            // Fails, naming them, if the two transfers are stuck (it interrupts them first).
            TestThreads.joinAll(backward == null ? List.of(forward.thread()) : List.of(forward.thread(), backward.thread()));
        }
        assertEquals(true, forward.result());
        assertEquals(true, backward.result());
        assertEquals(80, bank.account(1).balance());
        assertEquals(120, bank.account(2).balance());
    }

    @Test
    void tryLockTransferBacksOffAndFinishesWhenBothThreadsHoldTheirFirstLock()
            throws InterruptedException {
        var bank = Bank.open(2, 100);
        var bothHoldTheirFirstLock = new CountDownLatch(2);
        var tryLock = new TryLockTransfer(Duration.ofMillis(10), Duration.ofMillis(5), () -> {
            bothHoldTheirFirstLock.countDown();
            bothHoldTheirFirstLock.await();
        });
        var forward = TestThreads.start("transfer-1-to-2",
                () -> tryLock.transfer(bank.account(1), bank.account(2), 30));
        var backward = TestThreads.start("transfer-2-to-1",
                () -> tryLock.transfer(bank.account(2), bank.account(1), 10));

        assertEquals(true, forward.result());
        assertEquals(true, backward.result());
        assertTrue(tryLock.backOffs() >= 1, "backed off " + tryLock.backOffs() + " times");
        assertEquals(80, bank.account(1).balance());
        assertEquals(120, bank.account(2).balance());
    }

    @Test
    void aCycleOfTimedWaitsIsReportedByTheJvmButNotByTheDetectorBecauseItEndsByItself()
            throws InterruptedException {
        var bank = Bank.open(2, 100);
        var bothHoldTheirFirstLock = new CountDownLatch(2);
        // A timeout far longer than the test, so the cycle stays in place while it is looked at.
        var tryLock = new TryLockTransfer(Duration.ofMinutes(5), Duration.ofMillis(5), () -> {
            bothHoldTheirFirstLock.countDown();
            bothHoldTheirFirstLock.await();
        });
        Thread forward = TestThreads.start("transfer-1-to-2",
                () -> tryLock.transfer(bank.account(1), bank.account(2), 30)).thread();
        Thread backward = TestThreads.start("transfer-2-to-1",
                () -> tryLock.transfer(bank.account(2), bank.account(1), 10)).thread();
        try {
            await().atMost(WITHIN).until(() -> timedWaitFor(forward, backward) && timedWaitFor(backward, forward));

            long[] reportedByJvm = ManagementFactory.getThreadMXBean().findDeadlockedThreads();
            assertTrue(reportedByJvm != null
                    && Arrays.stream(reportedByJvm).anyMatch(id -> id == forward.getId())
                    && Arrays.stream(reportedByJvm).anyMatch(id -> id == backward.getId()));
            assertEquals(Optional.empty(), DeadlockDetector.find());
        } finally {
            // Waiting 5 minutes for the timeout is no option: an interrupt ends both waits.
            forward.interrupt();
            backward.interrupt();
            TestThreads.joinAll(forward, backward);
        }
    }

    private static boolean timedWaitFor(Thread waiter, Thread owner) {
        var row = ThreadListing.of(waiter);
        return row.state() == Thread.State.TIMED_WAITING && row.lockOwnerId() == owner.getId();
    }
}
