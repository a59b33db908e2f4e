package dev.threadlessons.speedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import dev.threadlessons.speedup.stage.Trial;
import dev.threadlessons.util.Durations;

/**
 * Timing facts that hold on any machine, busy or not, because a timed wait never returns early:
 * waits one after another take at least their sum, and so do waits taking turns on one thread,
 * which cannot overlap them. That waits on several threads do overlap is proven without a clock,
 * by jobs that meet at a barrier ({@code StrategiesTest}); no test here has an upper bound, which
 * a loaded machine could break. The demo, not the tests, measures speed-ups.
 */
class WaitingTimeTest {

    private static final List<SimulatedIo> FOUR_WAITS = IntStream.rangeClosed(1, 4)
            .mapToObj(i -> new SimulatedIo("download-" + i, Duration.ofMillis(300)))
            .collect(Collectors.toList());
    private static final Duration IN_SEQUENCE = Duration.ofMillis(1_200);

    @Test
    void oneAfterAnotherTakesAtLeastTheSumOfTheWaits() throws Exception {
        assertAtLeast(Trial.run(new Sequential(), FOUR_WAITS).elapsed(), IN_SEQUENCE);
    }

    @Test
    void oneThreadTakingTurnsCannotOverlapWaitsSoTheyTakeAtLeastTheirSum() throws Exception {
        var trial = Trial.run(new RoundRobin(), FOUR_WAITS);
        assertEquals(4, trial.total());
        assertAtLeast(trial.elapsed(), IN_SEQUENCE);
    }

    @Test
    void takingTurnsPutsEveryJobUnderWaySoonerThanOneAfterAnother() throws Exception {
        var jobs = PrimeRange.split(2_000_000, 4, 10);
        var inTurns = Trial.run(new RoundRobin(), jobs);
        var inSequence = Trial.run(new Sequential(), jobs);
        // Taking turns, the last job starts after 3 chunks; in sequence, after 30 of them.
        assertTrue(inTurns.everyJobStartedAfter().compareTo(inSequence.everyJobStartedAfter()) < 0,
                inTurns.everyJobStartedAfter() + " vs " + inSequence.everyJobStartedAfter());
    }

    private static void assertAtLeast(Duration elapsed, Duration minimum) {
        assertTrue(elapsed.compareTo(minimum) >= 0, "took " + Durations.format(elapsed)
                + ", less than the " + Durations.format(minimum) + " the waits add up to");
    }
}
