package dev.threadlessons.speedup.stage;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class SpeedupOptionsTest {

    @Test
    void theDefaultsAreEightTasksThreeRunsAndAChildJvmPerCoreUpToSixtyFour() {
        var options = SpeedupOptions.from(SpeedupOptions.CLI.parse());
        assertAll(() -> assertEquals(8, options.tasks()),
                () -> assertEquals(8, options.threads()),
                () -> assertEquals(Duration.ofMillis(50), options.ioWait()),
                () -> assertEquals(2_500_000, options.cpuWork()),
                () -> assertEquals(3, options.runs()),
                () -> assertEquals(Math.min(Runtime.getRuntime().availableProcessors(), 64), options.processes()),
                () -> assertTrue(options.runs("io") && options.runs("processes") && options.runs("python")));
    }

    @Test
    void optionsChooseTheWorkloadAndWhichPartRuns() {
        var options = SpeedupOptions.from(SpeedupOptions.CLI.parse(
                "--tasks", "3", "--cpu-work=2000000", "--only", "cpu"));
        assertEquals(3, options.tasks());
        assertEquals(2_000_000, options.cpuWork());
        assertTrue(options.runs("cpu"));
        assertTrue(!options.runs("io") && !options.runs("processes") && !options.runs("python"));
    }
}
