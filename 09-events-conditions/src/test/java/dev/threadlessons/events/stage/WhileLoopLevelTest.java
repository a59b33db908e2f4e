package dev.threadlessons.events.stage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import dev.threadlessons.util.Explorer;
import dev.threadlessons.util.Game;

class WhileLoopLevelTest {

    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);

    private String screens() {
        return printed.toString(StandardCharsets.UTF_8);
    }

    @Test
    void theMovesThatBreakTheIfLeaveConsumer1WaitingAgainUntilTheSecondItemWakesIt() {
        var moves = new ArrayList<>(StolenWakeUpLevelTest.WINNING_MOVES);
        moves.addAll(List.of("1", "2"));
        var result = Game.play(WhileLoopLevel::new, moves, out);

        // After the moves that win stolen-wake-up, consumer-1 has checked again and is at its await() again.
        assertTrue(screens().contains("shared: channel [], open; lock held; consumer-1 has no item yet, consumer-2 took"
                + " producer-1#1\nWhich thread takes the next step? 1 = consumer-1 (await) 2 = producer-1 (put #2);"
                + " q leaves\n> 1\n"), this::screens);
        assertTrue(screens().startsWith("=== await in a while: the same scene on ConditionChannel ===\n"
                + "Try the moves that broke stolen-wake-up: make a consumer's take() return no item from the\n"
                + "open channel, or leave a consumer waiting for ever with an item in the channel.\n"
                + "--- step 1 ---\n"), this::screens);
        assertFalse(result.broken(), this::screens);
        assertTrue(screens().contains("Every thread finished and nothing broke: channel [], open; lock free;"
                + " consumer-1 took producer-1#2, consumer-2 took producer-1#1.\n"), this::screens);
        assertTrue(screens().matches("(?s).*\nOf the \\d+ possible schedules of this scene, 0 break it\\.\n"
                + Pattern.quote("No schedule breaks it.\nA consumer woken for an item that the other took first has the"
                + " lock back with the channel\nempty; its while checks again and it waits again, so take() returns only"
                + " with an item. Each\nput() signals one waiting consumer, so the second item wakes a consumer that"
                + " waits again.\n")), this::screens);
    }

    @Test
    void noScheduleMakesATakeReturnNothingOrLeavesAConsumerWaiting() {
        var report = Explorer.explore(WhileLoopLevel::new, Game.MAX_STEPS);

        assertEquals(0, report.breaking(), report::toString);
        assertTrue(report.schedules() > 1, report::toString);
    }
}
