package dev.threadlessons.locks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

import dev.threadlessons.locks.stage.RaceWindow;

class ReentrancyTest {

    @Test
    void theOwnerTakesItsReentrantLockAgainAndHoldsItTwice() {
        var holdCountInside = new AtomicInteger(-1);
        var accountRef = new AtomicReference<LockedAccount>();
        var account = new LockedAccount(100, () -> holdCountInside.set(accountRef.get().holdCount()));
        accountRef.set(account);

        long paidOut = account.withdrawAll();

        assertEquals(100, paidOut);
        assertEquals(2, holdCountInside.get(), "withdrawAll's hold plus withdraw's own");
        assertEquals(0, account.holdCount(), "as many unlocks as locks: free again");
        assertEquals(0, account.balance());
    }

    @Test
    void aMonitorIsReentrantToo() {
        var heldInside = new AtomicBoolean();
        var accountRef = new AtomicReference<SynchronizedAccount>();
        var account = new SynchronizedAccount(100, () -> heldInside.set(Thread.holdsLock(accountRef.get())));
        accountRef.set(account);

        long paidOut = account.withdrawAll();

        assertEquals(100, paidOut);
        assertTrue(heldInside.get());
        assertEquals(0, account.balance());
    }

    @Test
    void withdrawAllOnAnEmptyAccountPaysNothing() {
        var account = new LockedAccount(0, RaceWindow.noPause());

        assertEquals(0, account.withdrawAll());
    }
}
