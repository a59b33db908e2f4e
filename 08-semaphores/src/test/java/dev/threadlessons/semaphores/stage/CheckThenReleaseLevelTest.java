package dev.threadlessons.semaphores.stage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.threadlessons.util.Explorer;
import dev.threadlessons.util.Game;
import dev.threadlessons.util.Stepper;

class CheckThenReleaseLevelTest {

    private static final String WON = "releaser-2 passed its check while releaser-1 was between its check and its"
            + " release: 3 permits in a semaphore meant to hold at most 2";

    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);

    private String screens() {
        return printed.toString(StandardCharsets.UTF_8);
    }

    private Game.Result play(String moves) {
        return Game.play(CheckThenReleaseLevel::new, Arrays.asList(moves.split(",")), out);
    }

    @Test
    void bothChecksBeforeEitherReleaseTakeTheSemaphoreAboveItsMaximum() {
        var result = play("1,2,1,2");

        assertTrue(screens().startsWith("=== CheckThenReleaseSemaphore: two releases at once, one permit missing ===\n"
                + "The semaphore is meant to hold at most 2 permits and has 1. Get both releasers past the check before"
                + " either releases, so that it ends with 3.\n"), screens());
        assertTrue(result.broken(), screens());
        assertEquals(WON, result.outcome());
        assertEquals(List.of(1, 2, 1, 2), result.moves());
        assertTrue(screens().contains("shared: 3 of at most 2 permits available; releaser-1 released; releaser-2 released\n"
                + "*** You broke it: " + WON + "\n"), screens());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "1,2,2,1 | releaser-2 | releaser-1",
            "2,1,1,2 | releaser-1 | releaser-2",
            "2,1,2,1 | releaser-1 | releaser-2"
    })
    void theOutcomeNamesTheReleaserThatPassedItsCheckInTheOthersGap(String moves, String second, String first) {
        var result = play(moves);

        assertTrue(result.broken(), screens());
        assertEquals(second + " passed its check while " + first + " was between its check and its release:"
                + " 3 permits in a semaphore meant to hold at most 2", result.outcome());
    }

    @Test
    void aCheckAfterTheOtherReleaseIsRefusedAndNothingBreaks() {
        var result = play("1,1,2");

        assertFalse(result.broken(), screens());
        assertEquals("Every thread finished and nothing broke: 2 of at most 2 permits available;"
                + " releaser-1 released; releaser-2 refused.", result.outcome());
    }

    @Test
    void everyScheduleIsTriedAndTheFourWithBothChecksFirstBreakIt() {
        var report = Explorer.explore(CheckThenReleaseLevel::new, Game.MAX_STEPS);

        assertEquals(6, report.schedules());
        assertEquals(4, report.breaking());
        assertEquals(Optional.of(List.of(1, 2, 1, 2)), report.firstBreaking());
        assertEquals(Optional.of(WON), report.firstOutcome());
    }

    @Test
    void aFinishedReleaserOrANumberThatIsNoThreadIsRefusedWithOneLineAndChangesNothing() {
        var result = play("1,1,1,3,2");

        assertEquals(List.of(1, 1, 2), result.moves());
        assertEquals("Every thread finished and nothing broke: 2 of at most 2 permits available;"
                + " releaser-1 released; releaser-2 refused.", result.outcome());
        var lines = screens().lines().toList();
        String question = "Which thread takes the next step? 2 = releaser-2 (check (2 of 2 free)); q leaves";
        int finished = lines.indexOf("releaser-1 has finished: it has no step left");
        int noThread = lines.indexOf("there is no thread 3: the threads are 1 to 2");
        assertTrue(finished > 0 && noThread > 0, screens());
        // Each refusal is one line, then the same question as before it: the scene did not move.
        assertEquals(List.of(question, "> 1", lines.get(finished), question, "> 3", lines.get(noThread), question),
                lines.subList(finished - 2, noThread + 2));
    }

    @Test
    void aLevelStartedOnAnInterruptedThreadFailsAtOnceAndKeepsTheInterrupt() {
        try (var stepper = new Stepper()) {
            Thread.currentThread().interrupt();
            var failure = assertThrows(IllegalStateException.class, () -> new CheckThenReleaseLevel().start(stepper));

            assertEquals("interrupted while setting up the scene", failure.getMessage());
            assertTrue(Thread.interrupted(), "the interrupt is kept");
            assertTrue(stepper.views().isEmpty(), () -> stepper.views().toString());
        }
    }

    @Test
    void aLevelClosedWhileAReleaserIsInTheGapEndsItWithoutAReleaseOrARefusal() {
        var level = new CheckThenReleaseLevel();
        var stepper = new Stepper();
        try (stepper) {
            level.start(stepper);
            stepper.allow("releaser-1");
            assertEquals("act", stepper.views().get(0).stepKey());
        }

        assertTrue(stepper.finished(), () -> stepper.views().toString());
        assertTrue(stepper.views().stream().allMatch(view -> view.failure().isEmpty()), () -> stepper.views().toString());
        assertEquals("1 of at most 2 permits available", level.state());
    }
}
