package dev.threadlessons.locks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import dev.threadlessons.locks.stage.RaceWindow;
import dev.threadlessons.testing.TestThreads;
import dev.threadlessons.testing.TestThreads.Started;

/**
 * Every operation of the classes guarded by a {@code ReentrantLock} lets go of it before it
 * returns. A test that calls everything on one thread cannot see a missing {@code unlock()}: a
 * {@code ReentrantLock} lets the thread that holds it in again. So each operation runs on a thread
 * of its own that then ends, and another thread reads the object afterwards: had the first kept
 * the lock, the second would wait for it for ever, and the test fails once its patience runs out.
 */
class LocksAreLetGoTest {

    /** Long enough for a busy machine; a thread stuck on a lock never finishes at all. */
    private static final Duration PATIENCE = Duration.ofSeconds(5);

    /** One operation on a fresh object, and a read of the same object that needs its lock. */
    record Case(Callable<?> operation, Callable<Long> read, long expected) {
    }

    static Stream<Arguments> operations() {
        var counter = new LockedCounter();
        var account = new LockedAccount(100, RaceWindow.noPause());
        var timed = new TimedLockAccount(100);
        var counterToRead = new LockedCounter();
        var audited = new TimedLockAccount(100);
        var emptied = new LockedAccount(100, RaceWindow.noPause());
        var byTryLock = new TimedLockAccount(100);
        var read = new TimedLockAccount(100);
        return Stream.of(
                Arguments.of("LockedCounter.increment", new Case(() -> { counter.increment(); return null; }, counter::get, 1)),
                Arguments.of("LockedCounter.get", new Case(counterToRead::get, counterToRead::get, 0)),
                Arguments.of("LockedAccount.withdraw", new Case(() -> account.withdraw(30), account::balance, 70)),
                Arguments.of("LockedAccount.withdrawAll", new Case(emptied::withdrawAll, emptied::balance, 0)),
                Arguments.of("TimedLockAccount.tryWithdraw", new Case(
                        () -> byTryLock.tryWithdraw(30, Duration.ofSeconds(1)), byTryLock::balance, 70)),
                Arguments.of("TimedLockAccount.withdraw", new Case(() -> timed.withdraw(30), timed::balance, 70)),
                Arguments.of("TimedLockAccount.audit", new Case(() -> { audited.audit(balance -> { }); return null; },
                        audited::balance, 100)),
                Arguments.of("TimedLockAccount.balance", new Case(read::balance, read::balance, 100)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("operations")
    void anotherThreadCanUseTheObjectAfterThisOperationReturned(String operation, Case step) throws Exception {
        Started<?> first = TestThreads.start("first", step.operation());
        first.result();

        Started<Long> second = TestThreads.start("second", step.read());
        try {
            TestThreads.joinAll(PATIENCE, List.of(second.thread()));
        } catch (AssertionError stuck) {
            throw new AssertionError(operation + " returned on thread 'first' without letting go of the lock:"
                    + " thread 'second' waited " + PATIENCE.toSeconds() + " s for it", stuck);
        }
        assertEquals(step.expected(), second.result(), operation + " left the state wrong");
    }

    @Test
    void aTimedLockAccountSaysItIsNotLockedOnceEveryCallHasReturned() throws Exception {
        var account = new TimedLockAccount(100);
        TestThreads.start("first", () -> account.tryWithdraw(30, Duration.ofSeconds(1))).result();

        assertFalse(account.isLocked(), "nobody holds the lock after tryWithdraw returned");
    }
}
