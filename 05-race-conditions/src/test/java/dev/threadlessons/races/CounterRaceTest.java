package dev.threadlessons.races;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

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

    @ParameterizedTest(name = "{0} threads")
    @ValueSource(ints = {2, 4, 8})
    void freeRunningRaceNeverCountsMoreThanWasIncremented(int threads) throws InterruptedException {
        Tally tally = CounterRace.freeRunning(threads, 100_000);

        // How much is lost is up to the scheduler; that nothing is ever invented is certain.
        assertTrue(tally.actual() <= tally.expected(), tally.describe());
        assertTrue(tally.actual() >= 1, tally.describe());
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
