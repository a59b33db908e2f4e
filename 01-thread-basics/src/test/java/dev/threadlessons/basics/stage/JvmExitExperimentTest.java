package dev.threadlessons.basics.stage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class JvmExitExperimentTest {

    @Test
    void theExperimentNeedsAPositiveWindow() {
        var error = assertThrows(IllegalArgumentException.class,
                () -> JvmExitExperiment.run(true, Duration.ZERO));
        assertEquals("window must be positive, was PT0S", error.getMessage());
    }
}
