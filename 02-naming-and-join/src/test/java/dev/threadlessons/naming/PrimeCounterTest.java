package dev.threadlessons.naming;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PrimeCounterTest {

    @ParameterizedTest(name = "[{0}, {1}) holds {2} primes")
    @CsvSource({"0, 10, 4", "0, 100, 25", "0, 1000, 168", "100, 200, 21", "0, 2, 0", "2, 3, 1", "7, 7, 0"})
    void countsThePrimesInTheHalfOpenRange(long from, long to, long primes) {
        var counter = new PrimeCounter(from, to);
        counter.run();
        assertEquals(primes, counter.count());
    }

    @Test
    void recognisesSmallPrimesAndNonPrimes() {
        assertEquals(new long[] {2, 3, 5, 7, 11, 13}.length,
                LongStream.range(0, 15).filter(PrimeCounter::isPrime).count());
        assertTrue(PrimeCounter.isPrime(7_919));
        assertFalse(PrimeCounter.isPrime(7_917));
        assertFalse(PrimeCounter.isPrime(1));
    }

    @Test
    void askingForTheCountBeforeTheCountingRanIsAnError() {
        var error = assertThrows(IllegalStateException.class, () -> new PrimeCounter(0, 10).count());
        assertEquals("count() asked before the counting finished; join the thread first", error.getMessage());
    }

    @Test
    void aRangeThatEndsBeforeItStartsOrStartsBelowZeroIsRejected() {
        var backwards = assertThrows(IllegalArgumentException.class, () -> new PrimeCounter(10, 5));
        assertEquals("need 0 <= from <= to, was from=10 to=5", backwards.getMessage());
        var negative = assertThrows(IllegalArgumentException.class, () -> new PrimeCounter(-1, 5));
        assertEquals("need 0 <= from <= to, was from=-1 to=5", negative.getMessage());
    }
}
