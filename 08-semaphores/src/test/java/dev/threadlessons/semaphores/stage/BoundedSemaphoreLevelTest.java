package dev.threadlessons.semaphores.stage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.threadlessons.util.Explorer;
import dev.threadlessons.util.Game;

class BoundedSemaphoreLevelTest {

    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);

    private String screens() {
        return printed.toString(StandardCharsets.UTF_8);
    }

    @Test
    void noScheduleOfTheTwoReleasesTakesABoundedSemaphoreAboveItsMaximum() {
        var report = Explorer.explore(BoundedSemaphoreLevel::new, Game.MAX_STEPS);

        assertEquals(2, report.schedules());
        assertEquals(0, report.breaking());
        assertTrue(report.unbreakable());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "1,2 | releaser-1 released; releaser-2 refused",
            "2,1 | releaser-1 refused; releaser-2 released"
    })
    void whicheverReleaserComesSecondIsRefusedAndTheGameExplainsWhy(String moves, String results) {
        var result = Game.play(BoundedSemaphoreLevel::new, List.of(moves.split(",")), out);

        assertFalse(result.broken(), screens());
        assertEquals("Every thread finished and nothing broke: 2 of at most 2 permits available; " + results + ".",
                result.outcome());
        assertTrue(screens().contains("Of the 2 possible schedules of this scene, 0 break it.\nNo schedule breaks it.\n"
                + "BoundedSemaphore's release() takes its lock, checks and adds, and unlocks, all in one step: the"
                + " releaser that comes second finds 2 of 2 permits free and is refused."), screens());
    }

    @Test
    void eachReleaserShowsBoundedSemaphoresReleaseWithItsOneStepAtTheLock() {
        Game.play(BoundedSemaphoreLevel::new, List.of("q"), out);

        var lines = screens().lines().toList();
        assertEquals(List.of("=== BoundedSemaphore: the same two releases, check and release under one lock ===",
                "The same two releasers on BoundedSemaphore, at most 2 permits and 1 available: try to make it end with 3.",
                "--- step 1 ---"), lines.subList(0, 3));
        assertTrue(lines.get(3).matches("\\[1] releaser-1 \\(next: release \\(1 of 2 free\\)\\) +"
                + "\\[2] releaser-2 \\(next: release \\(1 of 2 free\\)\\)"), screens());
        assertTrue(lines.get(5).matches("> lock\\.lock\\(\\); +> lock\\.lock\\(\\);"), screens());
        assertTrue(lines.contains("shared: 1 of at most 2 permits available"), screens());
    }

    @Test
    void aFinishedReleaserIsRefusedWithOneLineAndChangesNothing() {
        var result = Game.play(BoundedSemaphoreLevel::new, List.of("1", "1", "2"), out);

        assertEquals(List.of(1, 2), result.moves());
        assertTrue(screens().contains("> 1\nreleaser-1 has finished: it has no step left\n"
                + "Which thread takes the next step? 2 = releaser-2 (release (2 of 2 free)); q leaves\n"), screens());
    }
}
