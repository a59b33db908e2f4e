package dev.threadlessons.races;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;

import dev.threadlessons.races.stage.RaceWindow;

class SteppedCounterTest {

    @Test
    void withoutAPauseOneThreadCountsEveryIncrement() {
        var counter = new SteppedCounter(RaceWindow.noPause());

        for (int i = 0; i < 5; i++) {
            counter.increment();
        }

        assertEquals(5, counter.get());
    }

    @Test
    void incrementsMadeWhileAThreadSitsBetweenItsReadAndItsWriteAreOverwritten() throws InterruptedException {
        var firstInWindow = new AtomicBoolean(true);
        var entered = new CountDownLatch(1);
        var release = new CountDownLatch(1);
        // Holds only the first thread to arrive, between its read of 0 and its write; others pass.
        RaceWindow holdFirst = () -> {
            if (firstInWindow.getAndSet(false)) {
                entered.countDown();
                waitForRelease(release);
            }
        };
        var counter = new SteppedCounter(holdFirst);
        var slow = new Thread(counter::increment, "slow-writer");
        slow.start();
        try {
            await().atMost(Duration.ofSeconds(10)).until(() -> entered.getCount() == 0);
            for (int i = 0; i < 3; i++) {
                counter.increment();
            }
            assertEquals(3, counter.get());
        } finally {
            release.countDown();
            slow.join();
        }

        assertEquals(1, counter.get(), "the slow writer wrote 0 + 1 over the three increments");
    }

    private static void waitForRelease(CountDownLatch latch) {
        try {
            if (!latch.await(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("never released");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
