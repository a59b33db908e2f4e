package dev.threadlessons.locks;

import org.jetbrains.lincheck.datastructures.Operation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.threadlessons.testing.ModelCheck;

/**
 * Every fixed account of the lesson is linearizable: with the check and the act under one lock,
 * no schedule Lincheck's model checker tries approves two withdrawals that the balance covers
 * only one of. Lesson 05's {@code UnsafeAccount} fails the same check with the overdraft.
 *
 * <p>Each nested class names one account, opened with 100; Lincheck creates it anew for every
 * run and calls the {@code @Operation} methods it inherits. The accounts get a window that holds
 * no one: the model checker chooses the switches itself.
 */
class FixedAccountsModelCheckTest {

    /** The operations Lincheck calls: two withdrawals that 100 cannot both cover, and a read. */
    public abstract static class Operations {
        private final Account account;

        Operations(Account account) {
            this.account = account;
        }

        @Operation
        public boolean withdraw80() {
            return account.withdraw(80);
        }

        @Operation
        public boolean withdraw30() {
            return account.withdraw(30);
        }

        @Operation
        public long balance() {
            return account.balance();
        }
    }

    public static final class Synchronized extends Operations {
        public Synchronized() {
            super(new SynchronizedAccount(100, () -> {
            }));
        }
    }

    public static final class Locked extends Operations {
        public Locked() {
            super(new LockedAccount(100, () -> {
            }));
        }
    }

    public static final class TimedLock extends Operations {
        public TimedLock() {
            super(new TimedLockAccount(100));
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(classes = {Synchronized.class, Locked.class, TimedLock.class})
    void noScheduleApprovesMoreThanTheBalanceCovers(Class<? extends Operations> account) {
        ModelCheck.assertLinearizable(account);
    }
}
