package dev.threadlessons.races;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.threadlessons.races.stage.RaceWindow;
import dev.threadlessons.races.stage.Rendezvous;
import dev.threadlessons.util.Workers;

class UnsafeAccountTest {

    @Test
    void bothWithdrawalsPassTheCheckAndOverdrawWhenBothCheckBeforeEitherPays() throws InterruptedException {
        var account = new UnsafeAccount(100, new Rendezvous(2));

        List<Boolean> approved = Workers.call("customer", 2, customer -> account.withdraw(80));

        assertEquals(List.of(true, true), approved);
        assertEquals(-60, account.balance());
    }

    @Test
    void oneCustomerAloneCannotOverdraw() {
        var account = new UnsafeAccount(100, RaceWindow.noPause());

        assertTrue(account.withdraw(80));
        assertFalse(account.withdraw(80));
        assertEquals(20, account.balance());
    }

    @Test
    void rejectsAnAmountThatIsNotPositive() {
        var account = new UnsafeAccount(100, RaceWindow.noPause());

        var zero = assertThrows(IllegalArgumentException.class, () -> account.withdraw(0));
        assertEquals("amount must be positive, was 0", zero.getMessage());
        var negative = assertThrows(IllegalArgumentException.class, () -> account.withdraw(-5));
        assertEquals("amount must be positive, was -5", negative.getMessage());
    }

    @Test
    void rejectsANegativeOpeningBalance() {
        var e = assertThrows(IllegalArgumentException.class, () -> new UnsafeAccount(-1, RaceWindow.noPause()));
        assertEquals("opening balance must not be negative, was -1", e.getMessage());
    }

    @Test
    void anEmptyAccountCanBeOpenedAndDeclinesAnyWithdrawal() {
        var account = new UnsafeAccount(0, RaceWindow.noPause());
        assertFalse(account.withdraw(1));
        assertEquals(0, account.balance());
    }

    @Test
    void aBalanceThatEqualsTheAmountCoversIt() {
        var account = new UnsafeAccount(80, RaceWindow.noPause());
        assertTrue(account.withdraw(80));
        assertEquals(0, account.balance());
    }
}
