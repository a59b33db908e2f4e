package dev.threadlessons.deadlock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import dev.threadlessons.deadlock.stage.BetweenLocks;
import dev.threadlessons.testing.TestThreads;
import dev.threadlessons.testing.TestThreads.Started;
import dev.threadlessons.testing.ThreadWaits;

/**
 * A per-account strategy moves money only while it holds both accounts' locks. Another thread
 * holds account-2's lock; a transfer between account-1 and account-2, in either direction, must
 * then wait (parked on the lock, or backing off) and move nothing until that lock is given back.
 * A strategy that skipped one of the two locks would finish at once and fail here.
 */
class TransferTakesBothLocksTest {

    static Stream<Arguments> strategiesAndDirections() {
        return Stream.of(
                Arguments.of("DeadlockingTransfer", (Supplier<Transfer>) DeadlockingTransfer::new),
                Arguments.of("OrderedTransfer", (Supplier<Transfer>) OrderedTransfer::new),
                Arguments.of("TryLockTransfer", (Supplier<Transfer>) TryLockTransfer::new),
                Arguments.of("TryLockTransfer with 1 ms waits and back-offs", (Supplier<Transfer>) () ->
                        new TryLockTransfer(Duration.ofMillis(1), Duration.ofMillis(1), BetweenLocks.NOTHING)))
                .flatMap(strategy -> Stream.of(1, 2).map(from -> Arguments.of(
                        strategy.get()[0], strategy.get()[1], from, 3 - from)));
    }

    @ParameterizedTest(name = "{0}, account-{2} to account-{3}")
    @MethodSource("strategiesAndDirections")
    void theTransferWaitsWhileAnotherThreadHoldsAccount2sLock(String name, Supplier<Transfer> strategy,
                                                            int from, int to) throws Exception {
        var bank = Bank.open(2, 100);
        var holding = new CountDownLatch(1);
        var giveBack = new CountDownLatch(1);
        Started<Void> holder = TestThreads.run("holder", () -> {
            bank.account(2).lock().lock();
            try {
                holding.countDown();
                TestThreads.awaitQuietly(giveBack);
            } finally {
                bank.account(2).lock().unlock();
            }
        });
        Started<Boolean> transfer = null;
        try {
            holding.await();
            transfer = TestThreads.start("transfer", () -> strategy.get().transfer(bank.account(from), bank.account(to), 30));

            ThreadWaits.untilState(transfer.thread(), Thread.State.WAITING, Thread.State.TIMED_WAITING);
            assertEquals(100, bank.account(from).balance(), "nothing may move while account-2's lock is held elsewhere");

            giveBack.countDown();
            assertTrue(transfer.result());
            assertEquals(70, bank.account(from).balance());
            assertEquals(130, bank.account(to).balance());
        } finally {
            giveBack.countDown();
            holder.result();
            if (transfer != null) {
                TestThreads.joinAll(transfer.thread());
            }
        }
    }
}
