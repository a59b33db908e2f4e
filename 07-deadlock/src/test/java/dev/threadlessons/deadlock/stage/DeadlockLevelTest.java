package dev.threadlessons.deadlock.stage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.threadlessons.util.Explorer;
import dev.threadlessons.util.Game;
import dev.threadlessons.util.Stepper;
import dev.threadlessons.util.Stepper.Status;
import dev.threadlessons.util.Stepper.View;

class DeadlockLevelTest {

    private static final String DEADLOCK = "deadlock: teller-1 holds account-1's lock and waits for account-2's,"
            + " teller-2 holds account-2's and waits for account-1's";

    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);

    private String screens() {
        return printed.toString(StandardCharsets.UTF_8);
    }

    @Test
    void bothTellersTakingTheirFirstLockBeforeEitherAsksForTheSecondIsADeadlockTheJvmFinds() {
        var result = Game.play(DeadlockLevel::new, List.of("1", "2", "1", "2"), out);

        assertTrue(result.broken(), screens());
        assertEquals(DEADLOCK, result.outcome());
        assertEquals(List.of(1, 2, 1, 2), result.moves());
        assertTrue(screens().contains("*** You broke it: " + DEADLOCK + "\n"), screens());
        assertTrue(screens().contains("teller-1 waits for java.util.concurrent.locks.ReentrantLock$NonfairSync@"), screens());
        // Both tellers are interrupted when the level ends; the leak checker fails this test if one is left.
    }

    @Test
    void aTellerThatTakesBothLocksBeforeTheOtherStartsFinishesAndNothingBreaks() {
        var result = Game.play(DeadlockLevel::new, List.of("1", "1", "2", "2"), out);

        assertFalse(result.broken(), screens());
        assertEquals("Every thread finished and nothing broke: account-1 has 100, its lock free;"
                + " account-2 has 100, its lock free.", result.outcome());
    }

    @Test
    void fourOfTheSixSchedulesDeadlockAndTheFirstFoundIsOneTwoOneTwo() {
        var report = Explorer.explore(DeadlockLevel::new, Game.MAX_STEPS);

        assertEquals(6, report.schedules());
        assertEquals(4, report.breaking());
        assertEquals(Optional.of(List.of(1, 2, 1, 2)), report.firstBreaking());
        assertEquals(Optional.of(DEADLOCK), report.firstOutcome());
    }

    @Test
    void aStuckTellerOrANumberThatIsNoTellerIsRefusedWithOneLineAndTheGameGoesOn() {
        var result = Game.play(DeadlockLevel::new, List.of("1", "2", "1", "1", "3", "2"), out);

        assertEquals(List.of(1, 2, 1, 2), result.moves());
        assertEquals(DEADLOCK, result.outcome());
        List<String> lines = screens().lines().toList();
        int step4 = lines.indexOf("--- step 4 ---");
        int stuck = step4 + lines.subList(step4, lines.size()).indexOf("> 1");
        assertTrue(lines.get(stuck + 1).matches("teller-1 cannot move: it waits for"
                + " java\\.util\\.concurrent\\.locks\\.ReentrantLock\\$NonfairSync@\\p{XDigit}+, held by teller-2"), screens());
        assertTrue(lines.get(stuck + 2).startsWith("Which thread takes the next step? 2 = teller-2 "), screens());
        assertEquals("there is no thread 3: the threads are 1 to 2", lines.get(lines.indexOf("> 3") + 1));
        assertTrue(lines.get(lines.indexOf("> 3") + 2).startsWith("Which thread takes the next step? 2 = teller-2 "), screens());
    }

    @Test
    void aRefusedMoveChangesNeitherTheStateNorWhoCanMove() {
        var level = new DeadlockLevel();
        try (var stepper = new Stepper()) {
            level.start(stepper);
            stepper.allow("teller-1");
            stepper.allow("teller-2");
            stepper.allow("teller-1");
            String state = level.state();
            List<Status> statuses = stepper.views().stream().map(View::status).toList();

            var refused = assertThrows(IllegalArgumentException.class, () -> stepper.allow("teller-1"));

            assertEquals("teller-1 cannot move now", refused.getMessage());
            assertEquals("account-1 has 100, its lock held by teller-1; account-2 has 100, its lock held by teller-2", state);
            assertEquals(state, level.state());
            assertEquals(List.of(Status.STUCK, Status.READY), statuses);
            assertEquals(statuses, stepper.views().stream().map(View::status).toList());
            assertEquals(Set.of(), stepper.deadlockedThreads());
            assertEquals(Optional.empty(), level.outcome(stepper));
        }
    }
}
