package dev.threadlessons.util;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import dev.threadlessons.testing.DemoRun;

class GameTest {

    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);

    private String screens() {
        return printed.toString(StandardCharsets.UTF_8);
    }

    @Test
    void bothReadsBeforeEitherWriteLoseAnUpdateAndThePlayerIsToldSo() {
        var result = Game.play(SampleLevels.LostUpdate::new, List.of("1", "2", "2", "1"), out);

        assertTrue(result.broken(), screens());
        assertEquals("both threads added 1 and count = 1: an update was lost", result.outcome());
        assertEquals(List.of(1, 2, 2, 1), result.moves());
        assertTrue(screens().contains("*** You broke it: both threads added 1 and count = 1"), screens());
        assertTrue(screens().contains("Of the 6 possible schedules of this scene, 4 break it"), screens());
    }

    @Test
    void theLessonsLogLinesOfThePlayedStepsAreShownAndNoneOfTheExploredSchedules() throws Exception {
        var run = DemoRun.of(args -> {
            Game.play(SampleLevels.LostUpdate::new, List.of("1", "2", "2", "1"), out);
            return 0;
        });

        // Six schedules are explored after the game, each writing twice: only the game's two writes show.
        assertEquals(List.of("wrote 1", "wrote 1"),
                run.messages().stream().filter(message -> message.startsWith("wrote")).toList());
    }

    @Test
    void aFixedLevelIsExplainedOnceEveryScheduleHasBeenTried() {
        Game.play(SampleLevels.Locked::new, List.of("1", "1", "1", "1", "2", "2", "2", "2"), out);

        assertTrue(screens().contains("0 break it.\nNo schedule breaks it.\n"
                + new SampleLevels.Locked().explanation()), screens());
    }

    @Test
    void eachScreenShowsTheThreadsCodeSideBySideWithTheNextStepMarked() {
        Game.play(SampleLevels.LostUpdate::new, List.of("1", "q"), out);

        var lines = screens().lines().toList();
        int second = lines.indexOf("--- step 2 ---");
        assertEquals("[1] worker-1 (next: write count = 1)    [2] worker-2 (next: read count (0))", lines.get(second + 1));
        assertEquals("  int value = count;                    > int value = count;", lines.get(second + 2));
        assertEquals("> count = value + 1;                      count = value + 1;", lines.get(second + 3));
        assertEquals("shared: count = 0", lines.get(second + 4));
    }

    @Test
    void aMoveThatIsNoThreadOrAThreadThatCannotMoveIsRefusedAndChangesNothing() {
        var result = Game.play(SampleLevels.Monitor::new, List.of("x", "3", "1", "2", "2", "q"), out);

        assertEquals(List.of(1, 2), result.moves());
        assertTrue(result.left());
        String screens = screens();
        assertTrue(screens.contains("'x' is not a thread's number"), screens);
        assertTrue(screens.contains("there is no thread 3: the threads are 1 to 2"), screens);
        assertTrue(screens.contains("customer-2 cannot move: it waits for java.lang.Object@"), screens);
        assertTrue(screens.contains("held by customer-1"), screens);
        assertTrue(screens.contains("[2] customer-2 (stuck: BLOCKED)"), screens);
    }

    @Test
    void aThreadThatWaitsForNoLockIsRefusedWithItsStateAsTheJvmSaysIt() {
        var asleep = new Stepper.View(1, "teller-1", Stepper.Status.STUCK, "lock", "lock", "",
                Thread.State.TIMED_WAITING, Optional.empty());

        assertEquals(Optional.of("teller-1 cannot move now: it is TIMED_WAITING, not at a step (asleep, say)"),
                Game.refusal("1", List.of(asleep)));
    }

    @Test
    void theEndOfTheInputLeavesTheLevelAndEndsItsThreads() {
        var result = Game.play(SampleLevels.Deadlock::new,
                new BufferedReader(new StringReader("1\n")), out);

        assertTrue(result.left());
        assertEquals(List.of(1), result.moves());
        assertTrue(screens().contains("Left the level after 1 step(s)."), screens());
        // The leak checker fails this test if a teller is still alive.
    }

    @Test
    void aDeadlockIsAWinAndNamesBothThreads() {
        var result = Game.play(SampleLevels.Deadlock::new, List.of("1", "2", "1", "2"), out);

        assertTrue(result.broken(), screens());
        assertEquals("deadlock: teller-1 and teller-2", result.outcome());
    }

    @Test
    void aFixedVersionCannotBeBrokenAndTheGameSaysSoAfterTryingEverySchedule() {
        var result = Game.play(SampleLevels.Locked::new, List.of("1", "2", "1", "1", "1", "2", "2", "2"), out);

        assertFalse(result.broken(), screens());
        assertTrue(screens().contains("Every thread finished and nothing broke: count = 2."), screens());
        assertTrue(screens().matches("(?s).*Of the \\d+ possible schedules of this scene, 0 break it\\..*"), screens());
    }
}
