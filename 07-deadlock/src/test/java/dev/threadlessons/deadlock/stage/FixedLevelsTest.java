package dev.threadlessons.deadlock.stage;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import dev.threadlessons.util.Explorer;
import dev.threadlessons.util.Game;
import dev.threadlessons.util.Level;
import dev.threadlessons.util.Stepper;
import dev.threadlessons.util.Stepper.Status;
import dev.threadlessons.util.Stepper.View;

class FixedLevelsTest {

    private static final Duration WITHIN = Duration.ofSeconds(10);

    static Stream<Arguments> fixes() {
        return Stream.of(
                Arguments.of("ordered", (Supplier<Level>) OrderedLevel::new, 4, "OrderedTransfer breaks circular wait"),
                Arguments.of("try-lock", (Supplier<Level>) TryLockLevel::new, 6, "TryLockTransfer breaks no preemption"),
                Arguments.of("coarse", (Supplier<Level>) CoarseLockLevel::new, 4, "CoarseLockTransfer breaks hold and wait"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixes")
    void noScheduleOfTheTwoOppositeTransfersDeadlocksAFix(String name, Supplier<Level> fix, int schedules,
                                                          String condition) {
        var report = Explorer.explore(fix, Game.MAX_STEPS);

        assertEquals(0, report.breaking(), () -> "broken by " + report.firstBreaking() + ": " + report.firstOutcome());
        assertEquals(schedules, report.schedules());
        assertEquals(name, fix.get().name());
        assertTrue(fix.get().explanation().startsWith(condition), fix.get()::explanation);
    }

    static Stream<Arguments> openings() {
        return Stream.of(
                Arguments.of((Supplier<Level>) OrderedLevel::new, "fix 1, OrderedTransfer: the lower account id first",
                        "The same two transfers with OrderedTransfer, which locks the account with the lower id first."
                                + " Try to make them deadlock.", "[2] teller-2 (next: first.lock() is account-1's lock, free)"),
                Arguments.of((Supplier<Level>) TryLockLevel::new,
                        "fix 2, TryLockTransfer: give the first lock back when the second is refused",
                        "The same two transfers with TryLockTransfer: tryLock, and when the second lock is refused,"
                                + " give back the first, back off and start over. Try to make them deadlock. (Here a"
                                + " teller stops at its first try only, and tryLock waits 0 ms instead of 10: while it"
                                + " waited, the other teller would stand at its step and let nothing go.)",
                        "[2] teller-2 (next: from.lock() is account-2's lock, free)"),
                Arguments.of((Supplier<Level>) CoarseLockLevel::new, "fix 3, CoarseLockTransfer: one lock for the whole bank",
                        "The same two transfers with CoarseLockTransfer, which takes one lock for the whole bank."
                                + " Try to make them deadlock.", "[2] teller-2 (next: bankLock is the bank's only lock, free)"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("openings")
    void eachFixOpensWithItsTitleItsGoalAndWhatTheTellersFirstStepIs(Supplier<Level> fix, String title, String goal,
                                                                     String firstStep) {
        var printed = new ByteArrayOutputStream();
        Game.play(fix, List.of(), new PrintStream(printed, true, StandardCharsets.UTF_8));

        var lines = printed.toString(StandardCharsets.UTF_8).lines().toList();
        assertEquals("=== " + title + " ===", lines.get(0), lines::toString);
        assertEquals(goal, lines.get(1), lines::toString);
        assertTrue(lines.stream().anyMatch(line -> line.contains(firstStep)), lines::toString);
    }

    @Test
    void aFixedLevelPlayedToTheEndIsExplainedAfterEveryScheduleWasTried() {
        var printed = new ByteArrayOutputStream();
        var result = Game.play(OrderedLevel::new, List.of("1", "2", "1", "2"),
                new PrintStream(printed, true, StandardCharsets.UTF_8));

        String screens = printed.toString(StandardCharsets.UTF_8);
        assertFalse(result.broken(), screens);
        assertTrue(screens.contains("Every thread finished and nothing broke: account-1 has 100, its lock free;"
                + " account-2 has 100, its lock free.\nOf the 4 possible schedules of this scene, 0 break it.\n"
                + "No schedule breaks it.\n" + new OrderedLevel().explanation()), screens);
    }

    @Test
    void withOrderedTransferBothTellersStartWithAccountOnesLockAndTheSecondWaitsHoldingNothing() {
        var level = new OrderedLevel();
        try (var stepper = new Stepper()) {
            level.start(stepper);
            assertEquals("first.lock() is account-1's lock, free", view(stepper, "teller-2").stepText());

            stepper.allow("teller-1");
            stepper.allow("teller-2");

            View waiting = view(stepper, "teller-2");
            assertEquals(Status.STUCK, waiting.status());
            assertTrue(waiting.waitingOn().endsWith(", held by teller-1"), waiting::waitingOn);
            assertTrue(level.bank.account(1).lock().waiting().stream().anyMatch(t -> t.getName().equals("teller-2")));
            assertFalse(level.bank.account(2).lock().isLocked());
            assertEquals("second.lock() is account-2's lock, free", view(stepper, "teller-1").stepText());
        }
    }

    @Test
    void withOrderedTransferTheTransferFromTwoToOneTakesAccountOnesLockFirstAsItsStepSays() {
        var level = new OrderedLevel();
        try (var stepper = new Stepper()) {
            level.start(stepper);

            stepper.allow("teller-2");

            assertEquals(Optional.of("teller-2"), level.bank.account(1).lock().owner().map(Thread::getName));
            assertFalse(level.bank.account(2).lock().isLocked());
            assertEquals("second.lock() is account-2's lock, free", view(stepper, "teller-2").stepText());
        }
    }

    @Test
    void withTryLockTransferARefusedTellerGivesItsFirstLockBackAndFinishesOnceTheOtherHas() {
        var level = new TryLockLevel();
        try (var stepper = new Stepper()) {
            level.start(stepper);
            stepper.allow("teller-1");
            stepper.allow("teller-2");
            assertEquals("to.lock() is account-2's lock, held by teller-2", view(stepper, "teller-1").stepText());

            stepper.allow("teller-1");

            assertTrue(level.state().endsWith("; teller-1 backed off and tries again by itself"), level::state);
            assertEquals(List.of("teller-2"), stepper.movable());
            // teller-1 could not take account-2's lock, so it let account-1's go: teller-2 gets it.
            stepper.allow("teller-2");
            await().atMost(WITHIN).until(stepper::finished);
            assertEquals(100, level.bank.account(1).balance());
            assertEquals(100, level.bank.account(2).balance());
            assertTrue(level.state().endsWith("; teller-1 backed off before it got both locks"), level::state);
        }
    }

    @Test
    void withCoarseLockTransferATellerWaitsForTheBankLockHoldingNoLockAtAll() {
        var level = new CoarseLockLevel();
        try (var stepper = new Stepper()) {
            level.start(stepper);
            stepper.allow("teller-1");

            stepper.allow("teller-2");

            View waiting = view(stepper, "teller-2");
            assertEquals(Status.STUCK, waiting.status());
            assertTrue(waiting.waitingOn().endsWith(", held by teller-1"), waiting::waitingOn);
            assertEquals("account-1 has 100; account-2 has 100; the bank lock held by teller-1", level.state());
            assertFalse(level.bank.account(1).lock().isLocked() || level.bank.account(2).lock().isLocked());
            assertEquals("moveTo 10 from account-1 to account-2", view(stepper, "teller-1").stepText());

            stepper.allow("teller-1");

            assertEquals("account-1 has 90; account-2 has 110; the bank lock held by teller-2", level.state());
        }
    }

    private static View view(Stepper stepper, String name) {
        return stepper.views().stream().filter(view -> view.name().equals(name)).findFirst().orElseThrow();
    }
}
