package dev.threadlessons.naming.stage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class GatedWorkerTest {

    @Test
    void aGatedWorkerNeedsAGate() {
        var error = assertThrows(NullPointerException.class, () -> new GatedWorker(null));
        assertEquals("gate", error.getMessage());
    }
}
