package dev.threadlessons.locks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.management.ManagementFactory;
import java.lang.management.MonitorInfo;
import java.lang.management.ThreadInfo;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
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
    void aMonitorIsReentrantTooWithdrawAllHoldsItAndWithdrawTakesItAgain() {
        var lockedIn = new ArrayList<String>();
        var accountRef = new AtomicReference<SynchronizedAccount>();
        var account = new SynchronizedAccount(100, () -> lockedIn.addAll(framesHoldingTheMonitorOf(accountRef.get())));
        accountRef.set(account);

        long paidOut = account.withdrawAll();

        assertEquals(100, paidOut);
        // The JVM lists a monitor once for every frame that entered it: twice means entered twice.
        assertEquals(List.of("withdraw", "withdrawAll"), lockedIn);
        assertEquals(0, account.balance());
    }

    /** The methods on this thread's stack that hold {@code object}'s monitor, innermost first. */
    private static List<String> framesHoldingTheMonitorOf(Object object) {
        ThreadInfo info = ManagementFactory.getThreadMXBean()
                .getThreadInfo(new long[] {Thread.currentThread().getId()}, true, false)[0];
        return Arrays.stream(info.getLockedMonitors())
                .filter(monitor -> monitor.getIdentityHashCode() == System.identityHashCode(object))
                .sorted(Comparator.comparingInt(MonitorInfo::getLockedStackDepth))
                .map(monitor -> monitor.getLockedStackFrame().getMethodName())
                .toList();
    }

    @Test
    void withdrawAllOnAnEmptyAccountPaysNothing() {
        var account = new LockedAccount(0, RaceWindow.noPause());

        assertEquals(0, account.withdrawAll());
    }
}
