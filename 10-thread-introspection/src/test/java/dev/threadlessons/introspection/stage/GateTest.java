package dev.threadlessons.introspection.stage;

import static dev.threadlessons.testing.TestThreads.PATIENCE;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import dev.threadlessons.testing.TestThreads;

/** A gate holds its waiters in WAITING until it opens, then lets all of them through. */
class GateTest {

    @Test
    void openingTheGateLetsEveryWaiterThrough() throws InterruptedException {
        var gate = new Gate();
        var first = TestThreads.run("gate-waiter-1", gate::await).thread();
        var second = TestThreads.run("gate-waiter-2", gate::await).thread();
        try {
            await().atMost(PATIENCE).until(() -> gate.waitingThreads() == 2);
            assertEquals(Thread.State.WAITING, first.getState());
            assertEquals(Thread.State.WAITING, second.getState());
        } finally {
            gate.open();
            TestThreads.joinAll(first, second);
        }
        assertEquals(0, gate.waitingThreads());
    }

    @Test
    void anOpenGateDoesNotStopAnyone() throws InterruptedException {
        var gate = new Gate();
        gate.open();
        gate.await();
        assertEquals(0, gate.waitingThreads());
    }
}
