package dev.threadlessons.locks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.function.LongFunction;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import dev.threadlessons.locks.stage.RaceWindow;
import dev.threadlessons.util.Workers;

class AccountTest {

    private static final long OPENING_BALANCE = 1_000;

    static Stream<Arguments> guardedAccounts() {
        LongFunction<Account> monitor = balance -> new SynchronizedAccount(balance, RaceWindow.noPause());
        LongFunction<Account> reentrantLock = balance -> new LockedAccount(balance, RaceWindow.noPause());
        LongFunction<Account> timedLock = TimedLockAccount::new;
        return Stream.of(Arguments.of("synchronized", monitor), Arguments.of("ReentrantLock", reentrantLock),
                Arguments.of("tryLock", timedLock));
    }

    static Stream<Arguments> everyAccount() {
        LongFunction<Account> unguarded = balance -> new UnsafeAccount(balance, RaceWindow.noPause());
        return Stream.concat(guardedAccounts(), Stream.of(Arguments.of("unguarded", unguarded)));
    }

    static Stream<Arguments> guardedAccountsWithSeveralThreadCounts() {
        return guardedAccounts().flatMap(account -> Stream.of(2, 4, 8)
                .map(threads -> Arguments.of(account.get()[0], account.get()[1], threads)));
    }

    @ParameterizedTest(name = "{0}, {2} threads")
    @MethodSource("guardedAccountsWithSeveralThreadCounts")
    void customersTogetherAreNeverPaidMoreThanTheAccountHeld(String name, LongFunction<Account> opening,
                                                            int threads) throws InterruptedException {
        Account account = opening.apply(OPENING_BALANCE);

        // Each customer alone would empty the account: together they ask for far more than it holds.
        List<Long> paid = Workers.call("customer", threads, customer -> {
            long total = 0;
            for (int i = 0; i < OPENING_BALANCE; i++) {
                if (account.withdraw(1)) {
                    total++;
                }
            }
            return total;
        });

        assertEquals(OPENING_BALANCE, paid.stream().mapToLong(Long::longValue).sum());
        assertEquals(0, account.balance());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("guardedAccounts")
    void rejectsAnAmountThatIsNotPositive(String name, LongFunction<Account> opening) {
        Account account = opening.apply(100);

        var e = assertThrows(IllegalArgumentException.class, () -> account.withdraw(0));
        assertEquals("amount must be positive, was 0", e.getMessage());
        assertEquals(100, account.balance());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("guardedAccounts")
    void rejectsANegativeOpeningBalance(String name, LongFunction<Account> opening) {
        var e = assertThrows(IllegalArgumentException.class, () -> opening.apply(-1));
        assertEquals("opening balance must not be negative, was -1", e.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyAccount")
    void oneCustomerAloneIsPaidTheWholeBalanceButNotOneMore(String name, LongFunction<Account> opening) {
        Account account = opening.apply(100);

        assertEquals(false, account.withdraw(101), "101 from 100 must be declined");
        assertEquals(true, account.withdraw(100), "exactly the balance must be paid");
        assertEquals(0, account.balance());
    }

    @Test
    void withdrawAllOnAnEmptyAccountPaysNothingAndAsksForNothing() {
        var monitor = new SynchronizedAccount(0, RaceWindow.noPause());
        var reentrantLock = new LockedAccount(0, RaceWindow.noPause());

        // withdraw(0) would be refused as an amount that is not positive: an empty account must not ask.
        assertEquals(0, monitor.withdrawAll());
        assertEquals(0, reentrantLock.withdrawAll());
    }
}
