package dev.threadlessons.races.stage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The forced race's outcome is exact, so it is asserted exactly. Of the free-running race nothing
 * can be asserted but that one thread alone loses nothing; the demo reports how often it lost
 * updates, and {@code DemoTest} checks that report against the runs it printed.
 */
class CounterRaceTest {

    @Test
    void lostUpdateHappensWhenBothThreadsReadBeforeEitherWrites() throws InterruptedException {
        assertEquals(new Tally(2, 1), CounterRace.forced(2));
    }

    @ParameterizedTest(name = "{0} threads")
    @ValueSource(ints = {2, 3, 4, 8})
    void allButOneUpdateIsLostWhenEveryThreadReadsBeforeAnyWrites(int threads) throws InterruptedException {
        Tally tally = CounterRace.forced(threads);

        assertEquals(1, tally.actual());
        assertEquals(threads - 1, tally.lost());
    }

    @Test
    void oneThreadAloneLosesNothing() throws InterruptedException {
        assertEquals(new Tally(100_000, 100_000), CounterRace.freeRunning(1, 100_000));
    }

    @Test
    void tallyDescribesWhatWasLost() {
        assertEquals("expected 400, got 250 - 150 updates lost", new Tally(400, 250).describe());
        assertEquals("expected 2, got 1 - 1 update lost", new Tally(2, 1).describe());
        assertEquals("expected 7, got 7 - none lost", new Tally(7, 7).describe());
    }
}
