package dev.threadlessons.introspection;

import static dev.threadlessons.testing.TestThreads.PATIENCE;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.threadlessons.testing.TestThreads;

import dev.threadlessons.introspection.stage.Gate;

/** A stack peek shows the frame a thread is in and the line of our code that led there. */
class StackPeekTest {

    @Test
    void aThreadAtTheGateIsParkedInTheJdkAndInGateAwaitInOurCode() throws InterruptedException {
        var gate = new Gate();
        var waiter = TestThreads.run("gate-waiter", gate::await).thread();
        try {
            await().atMost(PATIENCE).until(() -> gate.waitingThreads() == 1
                    && waiter.getState() == Thread.State.WAITING);

            var peek = StackPeek.of(List.of(waiter)).get(0);
            assertEquals("gate-waiter", peek.thread());
            assertEquals("Unsafe.park(Native Method)", peek.topFrame());
            assertTrue(peek.ownFrame().startsWith("Gate.await(Gate.java:"), peek.ownFrame());
        } finally {
            gate.open();
            waiter.join();
        }
    }

    @Test
    void anEndedThreadHasNoStackToPeekAt() throws InterruptedException {
        var quick = TestThreads.run("quick", () -> { }).thread();
        quick.join();
        assertEquals(List.of(), StackPeek.of(List.of(quick)));
    }

    @Test
    void framesReadWithSimpleClassNames() {
        assertEquals("Unsafe.park(Native Method)",
                StackPeek.describe(new StackTraceElement("jdk.internal.misc.Unsafe", "park", null, -2)));
        assertEquals("Gate.await(Gate.java:31)", StackPeek.describe(new StackTraceElement(
                "dev.threadlessons.introspection.Gate", "await", "Gate.java", 31)));
        assertEquals("Generated.call(Unknown Source)",
                StackPeek.describe(new StackTraceElement("Generated", "call", null, -1)));
    }

    @Test
    void aStackWithoutFramesSaysSo() {
        assertEquals(new StackPeek("gone", "(no frames)", "(none)"),
                StackPeek.of("gone", new StackTraceElement[0]));
    }
}
