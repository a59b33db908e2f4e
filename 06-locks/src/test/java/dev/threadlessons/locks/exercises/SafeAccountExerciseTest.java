package dev.threadlessons.locks.exercises;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jetbrains.lincheck.datastructures.Operation;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import dev.threadlessons.locks.Account;
import dev.threadlessons.testing.Exercise;
import dev.threadlessons.testing.ModelCheck;

/**
 * Grades exercise 06-2, {@link SafeAccount}: on one thread it pays what the balance covers and
 * declines the rest; on two threads Lincheck's model checker finds no schedule that approves two
 * withdrawals 100 cannot both cover. Run it with {@code mvn -pl 06-locks test -Pexercises}.
 */
@Tag(Exercise.TAG)
public class SafeAccountExerciseTest {

    private static Account account(long opening) {
        return Exercise.create(Account.class, SafeAccount.class, new Class<?>[] {long.class}, opening);
    }

    @Test
    void oneCustomerIsPaidWhatTheBalanceCoversAndDeclinedTheRest() {
        var account = account(100);

        assertTrue(account.withdraw(80), "100 covers 80");
        assertFalse(account.withdraw(30), "20 does not cover 30");
        assertEquals(20, account.balance());
    }

    /** What Lincheck calls: two withdrawals that 100 cannot both cover, and a read. Public: Lincheck creates it. */
    public static final class Operations {
        private final Account account = account(100);

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

    @Test
    void noScheduleOfTwoCustomersApprovesMoreThanTheBalanceCovers() {
        try {
            ModelCheck.assertLinearizable(Operations.class);
        } catch (AssertionError overdraft) {
            throw new AssertionError("Lincheck found a schedule whose results no one-at-a-time order of the same"
                    + " withdrawals gives: one customer checked the balance while the other was between its check and"
                    + " its act, and both were paid. The check and the act must be under one lock. The schedule it"
                    + " found:\n" + overdraft.getMessage(), overdraft);
        }
    }
}
