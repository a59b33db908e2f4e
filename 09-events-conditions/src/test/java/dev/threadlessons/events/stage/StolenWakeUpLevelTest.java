package dev.threadlessons.events.stage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import dev.threadlessons.util.Explorer;
import dev.threadlessons.util.Game;

class StolenWakeUpLevelTest {

    static final List<String> WINNING_MOVES = List.of("1", "2", "3", "1");
    static final String OUTCOME = "consumer-1 was woken for an item, consumer-2 took producer-1#1 before consumer-1 had"
            + " the lock back, and consumer-1's take() returned no item from an OPEN channel: it takes that for the end"
            + " and stops";

    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);

    private String screens() {
        return printed.toString(StandardCharsets.UTF_8);
    }

    @Test
    void producerThenConsumer2QueuedForTheLockWhileConsumer1IsAtItsAwaitMakeConsumer1ReturnNothingFromTheOpenChannel() {
        var result = Game.play(StolenWakeUpLevel::new, WINNING_MOVES, out);

        assertTrue(screens().startsWith("=== await in an if: two consumers and a producer on CheckOnceChannel ===\n"
                + "Make a consumer's take() return no item from the open channel (it is never closed here):\n"
                + "wake it for an item, and let the other consumer take that item before it has the lock back.\n"
                + "--- step 1 ---\n"), this::screens);
        assertTrue(result.broken(), this::screens);
        assertEquals(OUTCOME, result.outcome());
        assertEquals(List.of(1, 2, 3, 1), result.moves());
        assertTrue(screens().contains("shared: channel [], open; lock free; consumer-1 got no item,"
                + " consumer-2 took producer-1#1\n*** You broke it: " + OUTCOME + "\n"), this::screens);
    }

    @Test
    void everyScheduleTriedFindsTheStolenWakeUpInTheLessonsWords() {
        var report = Explorer.explore(StolenWakeUpLevel::new, Game.MAX_STEPS);

        assertTrue(report.breaking() > 0 && report.breaking() < report.schedules(), report::toString);
        assertEquals(Optional.of(List.of(1, 2, 3, 1)), report.firstBreaking(), report::toString);
        assertEquals(Optional.of(OUTCOME), report.firstOutcome());
    }

    @Test
    void aMoveOfAStuckThreadOrOfNoThreadIsRefusedWithOneLineAndChangesNothing() {
        var result = Game.play(StolenWakeUpLevel::new, List.of("1", "2", "2", "4", "3", "q"), out);

        assertEquals(List.of(1, 2, 3), result.moves());
        assertTrue(result.left());
        var lines = screens().lines().toList();
        String question = "Which thread takes the next step? 1 = consumer-1 (await) 3 = consumer-2 (take); q leaves";
        int asked = lines.indexOf(question);
        assertTrue(asked > 0, this::screens);
        // Each refusal is one line, and the same question follows it: nothing moved.
        assertEquals(List.of(question, "> 2"), lines.subList(asked, asked + 2));
        assertTrue(lines.get(asked + 2).matches("producer-1 cannot move: it waits for "
                + "java\\.util\\.concurrent\\.locks\\.ReentrantLock\\$NonfairSync@\\p{XDigit}+, held by consumer-1"),
                lines.get(asked + 2));
        assertEquals(List.of(question, "> 4", "there is no thread 4: the threads are 1 to 3", question, "> 3"),
                lines.subList(asked + 3, asked + 8));
    }
}
