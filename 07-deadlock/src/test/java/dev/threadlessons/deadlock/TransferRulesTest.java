package dev.threadlessons.deadlock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import dev.threadlessons.deadlock.stage.BetweenLocks;
import dev.threadlessons.deadlock.stage.TransferWorkload;

class TransferRulesTest {

    static Stream<Arguments> strategies() {
        return Stream.of(
                Arguments.of("DeadlockingTransfer", (Supplier<Transfer>) DeadlockingTransfer::new),
                Arguments.of("OrderedTransfer", (Supplier<Transfer>) OrderedTransfer::new),
                Arguments.of("TryLockTransfer", (Supplier<Transfer>) TryLockTransfer::new),
                Arguments.of("CoarseLockTransfer", (Supplier<Transfer>) CoarseLockTransfer::new));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("strategies")
    void aSingleTransferMovesTheAmountAndReleasesEveryLock(String name, Supplier<Transfer> strategy)
            throws InterruptedException {
        var bank = Bank.open(2, 100);

        assertTrue(strategy.get().transfer(bank.account(2), bank.account(1), 40));

        assertEquals(140, bank.account(1).balance());
        assertEquals(60, bank.account(2).balance());
        assertFalse(bank.account(1).lock().isLocked());
        assertFalse(bank.account(2).lock().isLocked());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("strategies")
    void aTransferOfMoreThanTheBalanceMovesNothing(String name, Supplier<Transfer> strategy)
            throws InterruptedException {
        var bank = Bank.open(2, 100);

        assertFalse(strategy.get().transfer(bank.account(1), bank.account(2), 101));

        assertEquals(100, bank.account(1).balance());
        assertEquals(100, bank.account(2).balance());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("strategies")
    void aTransferToTheSameAccountIsRejected(String name, Supplier<Transfer> strategy) {
        var bank = Bank.open(2, 100);

        var e = assertThrows(IllegalArgumentException.class,
                () -> strategy.get().transfer(bank.account(1), bank.account(1), 10));

        assertEquals("a transfer needs two different accounts; both are account-1", e.getMessage());
        assertFalse(bank.account(1).lock().isLocked());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("strategies")
    void aZeroOrNegativeAmountIsRejected(String name, Supplier<Transfer> strategy) {
        var bank = Bank.open(2, 100);

        var zero = assertThrows(IllegalArgumentException.class,
                () -> strategy.get().transfer(bank.account(1), bank.account(2), 0));
        var negative = assertThrows(IllegalArgumentException.class,
                () -> strategy.get().transfer(bank.account(1), bank.account(2), -5));

        assertEquals("the amount must be positive; was 0", zero.getMessage());
        assertEquals("the amount must be positive; was -5", negative.getMessage());
    }

    @Test
    void aBankNeedsAtLeastTwoAccounts() {
        var e = assertThrows(IllegalArgumentException.class, () -> Bank.open(1, 100));

        assertEquals("a bank needs at least 2 accounts to transfer between; was 1", e.getMessage());
    }

    @Test
    void anAccountCannotOpenWithANegativeBalance() {
        var e = assertThrows(IllegalArgumentException.class, () -> new Account(1, -1));

        assertEquals("opening balance must not be negative; was -1", e.getMessage());
    }

    @Test
    void tryLockTransferRejectsANegativeTimeoutOrABackOffUnderOneMillisecond() {
        var negative = assertThrows(IllegalArgumentException.class, () -> new TryLockTransfer(
                Duration.ofMillis(-1), Duration.ofMillis(5), BetweenLocks.NOTHING));
        var noBackOff = assertThrows(IllegalArgumentException.class, () -> new TryLockTransfer(
                Duration.ofMillis(10), Duration.ZERO, BetweenLocks.NOTHING));

        assertEquals("the lock timeout must not be negative and the back-off must be at least 1 ms;"
                + " were PT-0.001S and PT0.005S", negative.getMessage());
        assertEquals("the lock timeout must not be negative and the back-off must be at least 1 ms;"
                + " were PT0.01S and PT0S", noBackOff.getMessage());
    }

    @Test
    void aWorkloadNeedsAtLeastOneThreadAndOneTransfer() {
        var noThreads = assertThrows(IllegalArgumentException.class, () -> new TransferWorkload(0, 10));
        var noTransfers = assertThrows(IllegalArgumentException.class, () -> new TransferWorkload(2, 0));

        assertEquals("threads and transfers must be positive; were 0 and 10", noThreads.getMessage());
        assertEquals("threads and transfers must be positive; were 2 and 0", noTransfers.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("strategies")
    void aTransferOfExactlyTheBalanceEmptiesTheAccount(String name, Supplier<Transfer> strategy)
            throws InterruptedException {
        var bank = Bank.open(2, 100);

        assertTrue(strategy.get().transfer(bank.account(1), bank.account(2), 100));

        assertEquals(0, bank.account(1).balance());
        assertEquals(200, bank.account(2).balance());
    }

    @Test
    void anEmptyAccountCanBeOpenedButNotANegativeOne() {
        assertEquals(0, new Account(1, 0).balance());

        var e = assertThrows(IllegalArgumentException.class, () -> new Account(1, -1));
        assertEquals("opening balance must not be negative; was -1", e.getMessage());
    }

    @Test
    void theTryLockStrategyAcceptsTheShortestBackOffOf1Ms() {
        var strategy = new TryLockTransfer(Duration.ZERO, Duration.ofMillis(1), BetweenLocks.NOTHING);

        assertEquals(0, strategy.backOffs());
    }
}
