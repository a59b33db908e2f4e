package dev.threadlessons.util;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;

class NamedThreadFactoryTest {

    @Test
    void threadsAreNamedPrefixDashNumberCountingFromOne() {
        var factory = new NamedThreadFactory("pool");
        assertEquals("pool-1", factory.newThread(() -> { }).getName());
        assertEquals("pool-2", factory.newThread(() -> { }).getName());
    }

    @Test
    void threadsAreNotDaemonsEvenWhenADaemonThreadAsksForThem() throws InterruptedException {
        var factory = new NamedThreadFactory("pool");
        var madeDaemon = new AtomicBoolean(true);
        var daemonCaller = new Thread(() -> madeDaemon.set(factory.newThread(() -> { }).isDaemon()), "daemon-caller");
        daemonCaller.setDaemon(true);
        try {
            daemonCaller.start();
        } finally {
            daemonCaller.join();
        }
        assertFalse(madeDaemon.get());
    }

    @Test
    void aBlankPrefixIsRejected() {
        var error = assertThrows(IllegalArgumentException.class, () -> new NamedThreadFactory(" "));
        assertEquals("a thread name prefix must not be blank", error.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new NamedThreadFactory(null));
    }
}
