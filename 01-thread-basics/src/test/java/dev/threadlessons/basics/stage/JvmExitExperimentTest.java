package dev.threadlessons.basics.stage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.threadlessons.basics.JvmExitProbe;
import dev.threadlessons.util.ChildJvm;

class JvmExitExperimentTest {

    private static final Path SLEEP = Path.of("/bin/sleep");

    @Test
    void theExperimentNeedsAPositiveWindow() {
        var error = assertThrows(IllegalArgumentException.class,
                () -> JvmExitExperiment.run(true, Duration.ZERO));
        assertEquals("window must be positive, was PT0S", error.getMessage());
    }

    @Test
    void aChildThatEndsWithoutSayingItsMainReturnsIsReportedWithWhatItPrinted() {
        var command = ChildJvm.command(JvmExitProbe.class, List.of("sometimes"));
        var error = assertThrows(IllegalStateException.class,
                () -> JvmExitExperiment.run(true, Duration.ofSeconds(1), command, Duration.ofSeconds(30)));
        assertTrue(error.getMessage().startsWith("the child JVM ended before its main returned: "), error::getMessage);
        assertTrue(error.getMessage().contains("usage: JvmExitProbe daemon|non-daemon"), error::getMessage);
    }

    @Test
    void aChildThatStallsBeforePrintingFailsTheExperimentAtItsDeadlineInsteadOfHangingIt() {
        assumeTrue(Files.isExecutable(SLEEP), "no " + SLEEP + " on this machine to stand for a stalled child");
        long start = System.nanoTime();
        var error = assertThrows(IllegalStateException.class, () -> JvmExitExperiment.run(true,
                Duration.ofSeconds(1), List.of(SLEEP.toString(), "60"), Duration.ofMillis(300)));
        var took = Duration.ofNanos(System.nanoTime() - start);
        assertEquals("the child JVM did not say 'main returns' within 300 ms; it printed []", error.getMessage());
        // Only a bound far below the child's 60 s: the call gave up and killed it, it did not wait.
        assertTrue(took.compareTo(Duration.ofSeconds(30)) < 0, "took " + took);
    }
}
