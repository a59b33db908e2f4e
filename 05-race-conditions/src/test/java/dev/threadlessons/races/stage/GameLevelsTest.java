package dev.threadlessons.races.stage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import dev.threadlessons.util.Explorer;
import dev.threadlessons.util.Game;

/**
 * The scheduler game's levels of lesson 05, played on the lesson's own broken classes: the moves
 * a player types, and every schedule there is.
 */
class GameLevelsTest {

    private static final String LOST = "both workers added 1, and count = 1: one update was lost";

    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);

    private String screens() {
        return printed.toString(StandardCharsets.UTF_8);
    }

    @Test
    void bothWorkersReadingBeforeEitherWritesLoseAnUpdate() {
        var result = Game.play(LostUpdateLevel::new, List.of("1", "2", "2", "1"), out);

        assertTrue(result.broken(), screens());
        assertEquals(LOST, result.outcome());
        assertTrue(screens().contains("*** You broke it: " + LOST + "\nBoth workers read 0 before either wrote"), screens());
    }

    @Test
    void oneWorkerWritingBeforeTheOtherReadsLosesNothing() {
        var result = Game.play(LostUpdateLevel::new, List.of("1", "1", "2", "2"), out);

        assertFalse(result.broken(), screens());
        assertTrue(screens().contains("Every thread finished and nothing broke: count = 2."), screens());
    }

    @Test
    void everyScheduleInWhichBothReadBeforeEitherWritesLosesTheUpdate() {
        var report = Explorer.explore(LostUpdateLevel::new, Game.MAX_STEPS);

        // Two steps each: 4!/(2!2!) = 6 orders, and only the two that run one worker through first are safe.
        assertEquals(6, report.schedules());
        assertEquals(4, report.breaking());
        assertEquals(Optional.of(List.of(1, 2, 1, 2)), report.firstBreaking());
        assertEquals(Optional.of(LOST), report.firstOutcome());
    }

    @Test
    void bothCustomersCheckingBeforeEitherPaysOverdrawTheAccountAndTheGameSaysWhoCameBetween() {
        var first = Game.play(OverdraftLevel::new, List.of("1", "2", "2", "1"), out);
        var second = Game.play(OverdraftLevel::new, List.of("2", "1", "1", "2"), out);

        assertEquals("customer-2 went through while customer-1 was between its check and its act:"
                + " 160 paid out of 100, balance -60", first.outcome());
        assertTrue(screens().contains("balance -60\nBoth customers checked the balance (100) before either took"), screens());
        assertEquals("customer-1 went through while customer-2 was between its check and its act:"
                + " 160 paid out of 100, balance -60", second.outcome());
    }

    @Test
    void aCustomerWhoChecksAfterTheOtherPaidIsDeclined() {
        var result = Game.play(OverdraftLevel::new, List.of("1", "1", "2"), out);

        assertFalse(result.broken(), screens());
        assertTrue(screens().contains("Every thread finished and nothing broke: balance = 20, paid out = 80."), screens());
    }

    @Test
    void everyScheduleWithBothChecksBeforeEitherPaymentOverdraws() {
        var report = Explorer.explore(OverdraftLevel::new, Game.MAX_STEPS);

        // Safe: one customer checks and pays before the other checks (who is then declined, in one step).
        assertEquals(6, report.schedules());
        assertEquals(4, report.breaking());
        assertTrue(report.firstOutcome().orElseThrow().endsWith("160 paid out of 100, balance -60"), report.toString());
    }

    @Test
    void eachLevelOpensWithItsTitleGoalCodeAndTheStepsEachThreadWillTake() {
        Game.play(LostUpdateLevel::new, List.of("q"), out);
        Game.play(OverdraftLevel::new, List.of("q"), out);

        var lines = screens().lines().toList();
        assertEquals("=== lost update: two workers, one count++ each ===", lines.get(0));
        assertEquals("Both workers add 1 to a count that starts at 0. Make it end at 1.", lines.get(1));
        assertEquals(">   long seen = count;    // read      >   long seen = count;    // read", lines.get(5));
        assertTrue(lines.contains("Which thread takes the next step? 1 = worker-1 (read count (0))"
                + " 2 = worker-2 (read count (0)); q leaves"), screens());
        assertTrue(lines.contains("=== check-then-act: two withdrawals of 80 from 100 ==="), screens());
        assertTrue(lines.contains("Each customer withdraws 80 if the balance covers it."
                + " Make the bank pay out more than 100."), screens());
        assertTrue(lines.contains("    balance.addAndGet(-amount);  // act           balance.addAndGet(-amount);  // act"),
                screens());
        assertTrue(lines.contains("Which thread takes the next step? 1 = customer-1 (check balance (100))"
                + " 2 = customer-2 (check balance (100)); q leaves"), screens());
        assertEquals(List.of("lost-update", "overdraft"), List.of(new LostUpdateLevel().name(), new OverdraftLevel().name()));
    }

    @Test
    void theSecondStepSaysWhatTheCustomerWillPayFromWhichBalance() {
        Game.play(OverdraftLevel::new, List.of("1", "q"), out);

        assertTrue(screens().contains("1 = customer-1 (pay 80 (balance 100))"), screens());
    }

    @Test
    void aMoveForAFinishedThreadOrNoThreadIsRefusedAndChangesNothing() {
        var result = Game.play(OverdraftLevel::new, List.of("1", "1", "1", "3", "q"), out);

        assertEquals(List.of(1, 1), result.moves());
        assertTrue(result.left());
        var lines = screens().lines().toList();
        int refused = lines.indexOf("customer-1 has finished: it has no step left");
        assertTrue(refused > 0, screens());
        assertEquals("there is no thread 3: the threads are 1 to 2", lines.get(refused + 3));
        // No new screen between the refusals: the state shown last is the one before them.
        assertEquals(1, screens().split("--- step 3 ---", -1).length - 1, screens());
        assertTrue(screens().contains("shared: balance = 20, paid out = 80"), screens());
    }
}
