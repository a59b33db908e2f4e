package dev.threadlessons.locks;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.threadlessons.locks.stage.NamedTask;
import dev.threadlessons.util.Workers;

class ReadWriteLockedRegistryTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    @Test
    void readersHoldTheReadLockAtTheSameTime() throws InterruptedException {
        var registry = new ReadWriteLockedRegistry();
        registry.register("coffee", 250);
        // Trips only if all three are inside their query, holding the read lock, at once.
        var meeting = new CyclicBarrier(3);

        List<Integer> readersInside = Workers.call("reader", 3, reader -> registry.query(prices -> {
            meeting.await(10, TimeUnit.SECONDS);
            int inside = registry.readersInside();
            meeting.await(10, TimeUnit.SECONDS);
            return inside;
        }));

        assertEquals(List.of(3, 3, 3), readersInside);
    }

    @Test
    void aWriterWaitsUntilTheLastReaderHasLeft() throws InterruptedException {
        var registry = new ReadWriteLockedRegistry();
        var readerInside = new CountDownLatch(1);
        var readerMayLeave = new CountDownLatch(1);
        NamedTask<Boolean> reader = NamedTask.start("reader", () -> registry.query(prices -> {
            readerInside.countDown();
            readerMayLeave.await(10, TimeUnit.SECONDS);
            return prices.containsKey("coffee");
        }));
        NamedTask<Void> writer = null;
        try {
            assertEquals(true, readerInside.await(10, TimeUnit.SECONDS));
            writer = NamedTask.start("writer", () -> {
                registry.register("coffee", 270);
                return null;
            });
            Thread writing = writer.thread();
            await().atMost(TIMEOUT).until(() -> registry.isWaiting(writing));
        } finally {
            readerMayLeave.countDown();
            reader.thread().join();
            if (writer != null) {
                writer.thread().join();
            }
        }
        assertFalse(reader.join(), "the writer did not write while the reader was inside");
        writer.join();
        assertEquals(OptionalLong.of(270), registry.lookup("coffee"));
    }

    @ParameterizedTest(name = "{0} threads")
    @ValueSource(ints = {2, 4, 8})
    void updatesUnderTheWriteLockLoseNothingUnderContention(int threads) throws InterruptedException {
        var registry = new ReadWriteLockedRegistry();

        Workers.run("writer", threads, writer -> {
            for (int i = 0; i < 10_000; i++) {
                registry.update("visits", visits -> visits + 1);
                registry.register("writer-" + writer + "-" + i, i);
            }
        });

        assertEquals(OptionalLong.of(threads * 10_000L), registry.lookup("visits"));
        assertEquals(threads * 10_000 + 1, registry.size());
    }

    @Test
    void noThreadIsWaitingWhileNobodyHoldsTheLock() {
        var registry = new ReadWriteLockedRegistry();
        registry.register("coffee", 270);

        assertFalse(registry.isWaiting(Thread.currentThread()));
        assertEquals(0, registry.readersInside());
    }

    @Test
    void lookupOfAnUnknownNameIsEmpty() {
        assertEquals(OptionalLong.empty(), new ReadWriteLockedRegistry().lookup("nothing"));
    }

    @Test
    void rejectsANullName() {
        var registry = new ReadWriteLockedRegistry();

        var e = assertThrows(NullPointerException.class, () -> registry.register(null, 1));
        assertEquals("name", e.getMessage());
    }

    @Test
    void theQueryCannotChangeTheEntries() {
        var registry = new ReadWriteLockedRegistry();

        assertThrows(UnsupportedOperationException.class, () -> registry.query(prices -> prices.put("tea", 1L)));
    }
}
