package dev.threadlessons.basics.stage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ThreadNameRecorderTest {

    @Test
    void askingARecorderThatNeverRanForItsThreadIsAnError() {
        var error = assertThrows(IllegalStateException.class, () -> new ThreadNameRecorder().lastThreadName());
        assertEquals("the task has not run yet", error.getMessage());
    }
}
