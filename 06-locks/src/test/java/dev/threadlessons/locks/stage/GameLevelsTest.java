package dev.threadlessons.locks.stage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Supplier;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

import dev.threadlessons.locks.UnsafeAccount;
import dev.threadlessons.testing.DemoRun;
import dev.threadlessons.testing.LogLine;
import dev.threadlessons.util.Explorer;
import dev.threadlessons.util.Game;
import dev.threadlessons.util.Level;

/**
 * The scheduler game's levels of lesson 06: the locked counter and the two locked accounts, which
 * no schedule breaks, and a customer who cannot move while the other is inside the lock.
 */
class GameLevelsTest {

    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);

    private String screens() {
        return printed.toString(StandardCharsets.UTF_8);
    }

    static List<Arguments> levels() {
        return List.of(
                Arguments.of("locked-counter", (Supplier<Level>) LockedCounterLevel::new, 6),
                Arguments.of("synchronized-account", (Supplier<Level>) AccountLevel::synchronizedAccount, 4),
                Arguments.of("locked-account", (Supplier<Level>) AccountLevel::lockedAccount, 4));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("levels")
    void noScheduleBreaksALockedLevel(String name, Supplier<Level> level, int schedules) {
        var report = Explorer.explore(level, Game.MAX_STEPS);

        assertEquals(name, level.get().name());
        assertEquals(schedules, report.schedules(), report.toString());
        assertTrue(report.unbreakable(), report.toString());
    }

    @Test
    void onTheUnguardedAccountTheSameMovesOverdrawItAndTheLevelSaysSo() {
        var result = Game.play(() -> AccountLevel.on(window -> new UnsafeAccount(100, window)),
                List.of("1", "2", "2", "1"), out);

        assertTrue(result.broken(), screens());
        assertEquals("160 paid out of 100", result.outcome());
    }

    @Test
    void eachLevelOpensWithItsTitleGoalCodeAndTheStepsEachThreadWillTake() {
        Game.play(LockedCounterLevel::new, List.of("q"), out);
        Game.play(AccountLevel::lockedAccount, List.of("q"), out);

        var lines = screens().lines().toList();
        assertEquals("=== locked counter: two workers, two increments each, under one ReentrantLock ===", lines.get(0));
        assertEquals("Lesson 05 lost an update with these moves. Try to make the count end below 4.", lines.get(1));
        assertEquals(">   counter.increment();                    >   counter.increment();", lines.get(5));
        assertTrue(lines.contains("    finally { lock.unlock(); }                  finally { lock.unlock(); }"), screens());
        assertTrue(lines.contains("Which thread takes the next step? 1 = worker-1 (increment count (0))"
                + " 2 = worker-2 (increment count (0)); q leaves"), screens());
        assertTrue(lines.contains("=== check-then-act under a ReentrantLock: two withdrawals of 80 from 100 ==="), screens());
        assertTrue(lines.contains("Lesson 05's account paid out 160 from 100. Try to make this one pay out more than 100."),
                screens());
    }

    @Test
    void theLockedCounterEndsAtFourWhateverTheOrderAndTheGameSaysWhy() {
        var result = Game.play(LockedCounterLevel::new, List.of("1", "2", "2", "1"), out);

        assertFalse(result.broken(), screens());
        assertTrue(screens().contains("Every thread finished and nothing broke: count = 4."), screens());
        assertTrue(screens().contains("0 break it.\nNo schedule breaks it.\n" + new LockedCounterLevel().explanation()),
                screens());
    }

    @Test
    void aCustomerWhoCallsWithdrawWhileTheOtherIsInsideIsBlockedOnTheMonitorAndCannotMove() {
        var result = Game.play(AccountLevel::synchronizedAccount, List.of("1", "2", "2", "1"), out);

        assertEquals(List.of(1, 2, 1), result.moves());
        var lines = screens().lines().toList();
        String refusal = lines.stream().filter(line -> line.startsWith("customer-2 cannot move")).findFirst().orElseThrow();
        assertTrue(refusal.matches("customer-2 cannot move: it waits for"
                + " dev\\.threadlessons\\.locks\\.SynchronizedAccount@\\p{XDigit}+, held by customer-1"), refusal);
        // The refused move changed nothing: the screen before it showed the same state, and the next one is after customer-1's payment.
        assertTrue(screens().contains("shared: balance = 100 (customer-1 holds the lock), paid out = 0"), screens());
        assertEquals(1, screens().split("--- step 4 ---", -1).length - 1, screens());
        assertTrue(screens().contains("Every thread finished and nothing broke: balance = 20, paid out = 80."), screens());
    }

    @Test
    void withAReentrantLockTheWaitingCustomerIsParkedOnTheLocksSynchronizerHeldByTheOther() {
        Game.play(AccountLevel::lockedAccount, List.of("1", "2", "2", "q"), out);

        assertTrue(screens().matches("(?s).*customer-2 cannot move: it waits for"
                + " java\\.util\\.concurrent\\.locks\\.ReentrantLock\\$NonfairSync@\\p{XDigit}+, held by customer-1\n.*"),
                screens());
    }

    @Test
    void leavingWhileOneCustomerIsInsideAndTheOtherWaitsEndsBothAndTheWaiterLogsNothingOnItsWayOut() throws Exception {
        var run = DemoRun.of(args -> {
            var result = Game.play(AccountLevel::lockedAccount, List.of("1", "2"), out);
            assertTrue(result.left(), screens());
            return 0;
        });

        // customer-2 gets the lock as customer-1 ends, and its check would log an approval nobody paid.
        assertEquals(List.of("customer-1"), run.lines().stream().map(LogLine::thread).distinct().toList(), run.toString());
        // The leak checker fails this test if a customer is still alive.
    }
}
