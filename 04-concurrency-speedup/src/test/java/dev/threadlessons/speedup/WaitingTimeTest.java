package dev.threadlessons.speedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import dev.threadlessons.util.Durations;

/**
 * Timing facts that hold on any machine, busy or not: waits done side by side finish far sooner
 * than the same waits in a row, and a single thread can never overlap two waits. The margins are
 * wide on purpose; the demo, not the tests, measures speed-ups.
 */
class WaitingTimeTest {

    private static final List<SimulatedIo> FOUR_WAITS = IntStream.rangeClosed(1, 4)
            .mapToObj(i -> new SimulatedIo("download-" + i, Duration.ofMillis(300)))
            .collect(Collectors.toList());
    private static final Duration IN_SEQUENCE = Duration.ofMillis(1_200);
    private static final Duration WELL_UNDER = Duration.ofMillis(1_000);

    @Test
    void fourWaitsOnAThreadEachFinishWellUnderTheTimeTheyTakeInSequence() throws Exception {
        var trial = Trial.run(new ThreadPerTask(), FOUR_WAITS);
        assertEquals(4, trial.total());
        assertFaster(trial.elapsed(), WELL_UNDER);
    }

    @Test
    void fourWaitsOnAPoolOfFourFinishWellUnderTheTimeTheyTakeInSequence() throws Exception {
        var trial = Trial.run(new FixedPool(4), FOUR_WAITS);
        assertEquals(4, trial.total());
        assertFaster(trial.elapsed(), WELL_UNDER);
    }

    @Test
    void oneAfterAnotherTakesAtLeastTheSumOfTheWaits() throws Exception {
        assertAtLeast(Trial.run(new Sequential(), FOUR_WAITS).elapsed(), IN_SEQUENCE);
    }

    @Test
    void oneThreadTakingTurnsIsNoFasterThanOneAfterAnother() throws Exception {
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

    private static void assertFaster(Duration elapsed, Duration limit) {
        assertTrue(elapsed.compareTo(limit) < 0, "took " + Durations.format(elapsed)
                + ", expected well under " + Durations.format(IN_SEQUENCE));
    }

    private static void assertAtLeast(Duration elapsed, Duration minimum) {
        assertTrue(elapsed.compareTo(minimum) >= 0, "took " + Durations.format(elapsed)
                + ", less than the " + Durations.format(minimum) + " the waits add up to");
    }
}
