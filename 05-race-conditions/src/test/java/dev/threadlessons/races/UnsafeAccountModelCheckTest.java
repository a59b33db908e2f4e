package dev.threadlessons.races;

import org.jetbrains.lincheck.datastructures.Operation;
import org.junit.jupiter.api.Test;

import dev.threadlessons.testing.ModelCheck;

/**
 * Lincheck's model checker finds the check-then-act overdraft of {@link UnsafeAccount} by itself:
 * both withdrawals of 80 from 100 see the balance cover them before either pays out, so both are
 * approved and the balance ends at -40, an outcome no one-at-a-time order of the calls gives.
 *
 * <p>Public, with {@code @Operation} methods, because Lincheck creates this class anew for every
 * run and calls the operations on its threads. The account gets a window that holds no one: the
 * model checker chooses the switches itself.
 */
public class UnsafeAccountModelCheckTest {

    private final UnsafeAccount account = new UnsafeAccount(100, () -> {
    });

    @Operation
    public boolean withdraw80() {
        return account.withdraw(80);
    }

    @Operation
    public long balance() {
        return account.balance();
    }

    @Test
    void theModelCheckerFindsBothWithdrawalsApprovedOnOneBalance() {
        ModelCheck.Report report = ModelCheck.assertNotLinearizable(UnsafeAccountModelCheckTest.class);

        // One thread sees 100, cover for 80, and is switched out; the other's whole withdrawal
        // runs (balance 20); the first pays out on the balance it checked before: -60.
        report.assertInterleavingShows("balance.get(): 100", "switch", "withdraw80(): true", "balance.addAndGet(-80): -60");
    }
}
