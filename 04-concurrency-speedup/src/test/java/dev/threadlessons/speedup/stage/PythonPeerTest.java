package dev.threadlessons.speedup.stage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import dev.threadlessons.testing.Program;

class PythonPeerTest {

    @Test
    void withoutPython3TheDemoSaysInOneLineThatItSkippedPython() throws Exception {
        var outcome = PythonPeer.measure(Optional.empty(), 8, 50, 1_000, 1);
        assertTrue(outcome.measured().isEmpty());
        assertEquals("python3 is not on the PATH: skipped measuring Python threads", outcome.reason());
    }

    @Test
    void readsTheBuildAndTheMedianTimesTheScriptPrints() {
        var measured = PythonPeer.parse(List.of(
                "Python 3.14.0, free-threaded, GIL disabled, 2 CPUs",
                "waiting: 8 waits of 50 ms, median of 3: one after another 401.1 ms, a thread per task 53.8 ms, 8 replies",
                "computing: the primes below 100000 in 8 ranges, median of 3: one after another 103.0 ms,"
                        + " a thread per task 58.9 ms, 9592 primes")).orElseThrow();
        assertEquals(new PythonPeer.Measured("3.14.0", "free-threaded, GIL disabled", 2, 401.1, 53.8, 103.0, 58.9, 9592),
                measured);
        assertFalse(measured.gil());
        assertTrue(PythonPeer.parse(List.of("Traceback (most recent call last):")).isEmpty());
    }

    @Test
    void theScriptRunsOnThisMachineAndItsThreadsOverlapTheirWaits() throws Exception {
        var python = Program.python3();
        org.junit.jupiter.api.Assumptions.assumeTrue(python.isPresent(), "python3 is not on the PATH: not run");
        var outcome = PythonPeer.measure(python, 4, 100, 2_000, 1);
        var measured = outcome.measured().orElseThrow(() -> new AssertionError(outcome.reason()));
        assertEquals(303, measured.primes(), "primes below 2000");
        // A sleep never ends early: four in a row take at least 400 ms; on four threads that
        // overlap they take less, whatever the load.
        assertTrue(measured.waitsInSequence() >= 400, measured.toString());
        assertTrue(measured.waitsOnThreads() < 400, measured.toString());
    }
}
