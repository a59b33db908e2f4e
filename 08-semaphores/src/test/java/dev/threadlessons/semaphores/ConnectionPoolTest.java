package dev.threadlessons.semaphores;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import dev.threadlessons.semaphores.stage.OccupancyGauge;
import dev.threadlessons.testing.TestThreads;
import dev.threadlessons.testing.ThreadWaits;

class ConnectionPoolTest {

    private static final int ROUNDS = 1_000;

    @Test
    void onlyAsManyWorkersGetInAsThereAreConnectionsAndTheRestWait() throws Exception {
        var pool = new ConnectionPool(3);
        var inside = new OccupancyGauge();
        var gate = new CountDownLatch(1);
        var workers = new ArrayList<Thread>();
        try {
            for (int i = 1; i <= 10; i++) {
                workers.add(TestThreads.start("worker-" + i, () -> {
                    Connection connection = pool.borrow();
                    try {
                        inside.enter();
                        gate.await();
                        inside.leave();
                    } finally {
                        pool.giveBack(connection);
                    }
                    return null;
                }).thread());
            }

            // Three hold a connection and wait at the gate; seven wait for a permit.
            await().atMost(TestThreads.PATIENCE).until(() -> ThreadWaits.countParkedOn("CountDownLatch", workers) == 3
                    && ThreadWaits.countParkedOn("Semaphore", workers) == 7);
            assertEquals(3, inside.inside());
            assertEquals(0, pool.available());
        } finally {
            gate.countDown();
            TestThreads.joinAll(workers);
        }
        assertEquals(3, inside.peak(), "never more inside than connections");
        assertEquals(0, inside.inside());
        assertEquals(3, pool.available(), "every connection came back");
    }

    @Test
    void manyShortBorrowsNeverPutMoreThanThePermitsInsideNorShareAConnection() throws Exception {
        var pool = new ConnectionPool(3);
        var inside = new OccupancyGauge();
        Map<Connection, AtomicInteger> users = new ConcurrentHashMap<>();
        var sharedOrOver = new AtomicInteger();
        var start = new CyclicBarrier(8);
        var workers = new ArrayList<Thread>();
        try {
            for (int i = 1; i <= 8; i++) {
                workers.add(TestThreads.start("worker-" + i, () -> {
                    start.await();
                    for (int round = 0; round < ROUNDS; round++) {
                        Connection connection = pool.borrow();
                        try {
                            var userCount = users.computeIfAbsent(connection, c -> new AtomicInteger());
                            // A plain | so that both counts are always taken, not only the first.
                            if (inside.enter() > 3 | userCount.incrementAndGet() > 1) {
                                sharedOrOver.incrementAndGet();
                            }
                            userCount.decrementAndGet();
                            inside.leave();
                        } finally {
                            pool.giveBack(connection);
                        }
                    }
                    return null;
                }).thread());
            }
        } finally {
            // Most rounds hand a permit from one thread to a parked one, which then waits for a
            // core; on a loaded machine that adds up, so this join allows more than usual.
            TestThreads.joinAll(Duration.ofSeconds(45), workers);
        }
        assertEquals(0, sharedOrOver.get(), "a fourth worker got in, or two held one connection");
        assertTrue(inside.peak() <= 3, "peak " + inside.peak());
        assertEquals(3, pool.available());
    }

    @Test
    void tryBorrowGivesUpWhenEveryConnectionIsOut() throws InterruptedException {
        var pool = new ConnectionPool(1);
        var only = pool.borrow();

        long start = System.nanoTime();
        Optional<Connection> none = pool.tryBorrow(Duration.ofMillis(100));
        var waited = Duration.ofNanos(System.nanoTime() - start);

        assertTrue(none.isEmpty());
        // Only a lower bound: a timed wait never ends early, but a busy machine may end it late.
        assertTrue(waited.compareTo(Duration.ofMillis(100)) >= 0, "gave up too early: " + waited);
        pool.giveBack(only);
        assertEquals(Optional.of(only), pool.tryBorrow(Duration.ZERO));
    }

    @Test
    void givingBackAConnectionTwiceIsRejectedAndAddsNoPermit() throws InterruptedException {
        var pool = new ConnectionPool(2);
        var connection = pool.borrow();
        pool.giveBack(connection);

        var error = assertThrows(IllegalArgumentException.class, () -> pool.giveBack(connection));

        assertEquals(connection.name() + " is not lent out by this pool", error.getMessage());
        assertEquals(2, pool.available());
    }

    @Test
    void givingBackAForeignConnectionIsRejected() {
        var pool = new ConnectionPool(2);

        var error = assertThrows(IllegalArgumentException.class, () -> pool.giveBack(new Connection("elsewhere")));

        assertEquals("elsewhere is not lent out by this pool", error.getMessage());
        assertEquals(2, pool.available());
    }

    @Test
    void anotherConnectionWithTheSameNameIsNotTheOneLentOut() throws InterruptedException {
        var pool = new ConnectionPool(1);
        var lent = pool.borrow();

        var error = assertThrows(IllegalArgumentException.class, () -> pool.giveBack(new Connection(lent.name())));

        assertEquals(lent.name() + " is not lent out by this pool", error.getMessage());
        assertEquals(0, pool.available());
        pool.giveBack(lent);
        assertEquals(1, pool.available());
    }

    @Test
    void aPoolNeedsAtLeastOneConnection() {
        var error = assertThrows(IllegalArgumentException.class, () -> new ConnectionPool(0));

        assertEquals("a pool needs at least 1 connection, was 0", error.getMessage());
    }

    @Test
    void nullArgumentsAreRejectedByName() {
        var pool = new ConnectionPool(1);

        assertEquals("timeout must not be null",
                assertThrows(NullPointerException.class, () -> pool.tryBorrow(null)).getMessage());
        assertEquals("connection must not be null",
                assertThrows(NullPointerException.class, () -> pool.giveBack(null)).getMessage());
    }
}
