package dev.threadlessons.speedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class PrimeRangeTest {

    @Test
    void countsTheKnownNumberOfPrimesBelowPowersOfTen() {
        assertEquals(4, PrimeRange.countPrimes(0, 10));
        assertEquals(25, PrimeRange.countPrimes(0, 100));
        assertEquals(168, PrimeRange.countPrimes(0, 1_000));
        assertEquals(9_592, PrimeRange.countPrimes(0, 100_000));
    }

    @Test
    void trialDivisionGetsTheEdgesRight() {
        assertFalse(PrimeRange.isPrime(0));
        assertFalse(PrimeRange.isPrime(1));
        assertTrue(PrimeRange.isPrime(2));
        assertTrue(PrimeRange.isPrime(3));
        assertFalse(PrimeRange.isPrime(4));
        assertFalse(PrimeRange.isPrime(49), "the square of a prime is not prime");
        assertTrue(PrimeRange.isPrime(Integer.MAX_VALUE), "2^31 - 1 is a Mersenne prime");
    }

    @Test
    void splitCoversTheWholeRangeWithoutGapsOrOverlaps() {
        var ranges = PrimeRange.split(1_000_003, 7, 3);
        assertEquals(7, ranges.size());
        assertEquals(0, ranges.get(0).from());
        assertEquals(1_000_003, ranges.get(6).to());
        for (int i = 1; i < ranges.size(); i++) {
            assertEquals(ranges.get(i - 1).to(), ranges.get(i).from());
        }
        assertEquals(78_498, ranges.stream().mapToLong(PrimeRange::run).sum(),
                "78498 primes below one million, and 1000003 is one more");
    }

    @Test
    void theChunksOfARangeAddUpToTheWholeRange() {
        var range = new PrimeRange("primes-1", 1_000, 50_000, 6);
        long chunks = IntStream.range(0, range.chunkCount()).mapToLong(range::runChunk).sum();
        assertEquals(range.run(), chunks);
        assertEquals(PrimeRange.countPrimes(1_000, 50_000), chunks);
    }

    @Test
    void moreTasksThanNumbersGivesEmptyRangesThatCountZero() {
        var ranges = PrimeRange.split(3, 5, 1);
        assertEquals(1, ranges.stream().mapToLong(PrimeRange::run).sum());
    }

    @Test
    void rejectsRangesAndChunksThatMakeNoSense() {
        var backwards = assertThrows(IllegalArgumentException.class, () -> new PrimeRange("r", 10, 5, 1));
        assertEquals("need 0 <= from <= to, was [10, 5)", backwards.getMessage());
        var noChunks = assertThrows(IllegalArgumentException.class, () -> new PrimeRange("r", 0, 5, 0));
        assertEquals("chunks must be at least 1, was 0", noChunks.getMessage());
        assertThrows(IllegalArgumentException.class, () -> PrimeRange.split(100, 0, 1));
        assertThrows(IndexOutOfBoundsException.class, () -> new PrimeRange("r", 0, 5, 2).runChunk(2));
    }

    @Test
    void oneTaskTakesTheWholeRangeAndAnEmptyRangeCanBeSplit() {
        assertEquals(List.of(new PrimeRange("primes-1", 0, 100, 1)), PrimeRange.split(100, 1, 1));
        assertEquals(List.of(new PrimeRange("primes-1", 0, 0, 1), new PrimeRange("primes-2", 0, 0, 1)),
                PrimeRange.split(0, 2, 1));
    }
}
