package dev.threadlessons.util;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.locks.ReentrantLock;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.threadlessons.testing.TestThreads;
import dev.threadlessons.testing.ThreadWaits;
import dev.threadlessons.util.RecordedTimeline.Span;
import dev.threadlessons.util.RecordedTimeline.State;

/**
 * Scenes of a known shape, forced with latches, come back from JDK Flight Recorder as that shape:
 * the waiting thread has a span blocked on (or parked on) the lock, inside the holder's task.
 */
class ThreadRecordingTest {

    /** A monitor with a name of its own, so that the recording can be seen to name it. */
    private static final class Vault {
    }

    @TempDir
    Path folder;

    @Test
    void aThreadWaitingForAMonitorHasABlockedSpanNamingTheMonitorAndItsOwnerDuringTheHoldersTask()
            throws Exception {
        var vault = new Vault();
        var timeline = new Timeline();
        var recording = ThreadRecording.start();
        holdWhileAnotherWaits("vault-holder", "vault-waiter",
                release -> timeline.run("hold the vault", () -> {
                    synchronized (vault) {
                        release.await();
                    }
                }),
                () -> {
                    synchronized (vault) {
                        return null;
                    }
                },
                waiter -> ThreadWaits.untilBlockedOn(waiter, vault));
        RecordedTimeline recorded = recording.stop(folder.resolve("monitor.jfr"), name -> name.startsWith("vault-"));

        Span held = recorded.row("vault-holder").orElseThrow().spans(State.TASK).get(0);
        Span blocked = recorded.row("vault-waiter").orElseThrow().spans(State.BLOCKED).get(0);
        assertEquals("hold the vault", held.label());
        assertEquals("monitor of ThreadRecordingTest$Vault, held by vault-holder", blocked.label());
        assertTrue(blocked.overlaps(held), () -> blocked + " does not overlap " + held);
        assertTrue(Files.size(folder.resolve("monitor.jfr")) > 0);
    }

    @Test
    void aThreadWaitingForAReentrantLockIsParkedOnItDuringTheHoldersTask() throws Exception {
        var lock = new ReentrantLock();
        var timeline = new Timeline();
        var recording = ThreadRecording.start();
        holdWhileAnotherWaits("lock-holder", "lock-waiter",
                release -> timeline.run("hold the lock", () -> {
                    lock.lock();
                    try {
                        release.await();
                    } finally {
                        lock.unlock();
                    }
                }),
                () -> {
                    lock.lock();
                    lock.unlock();
                    return null;
                },
                waiter -> ThreadWaits.untilParkedOn("ReentrantLock", waiter));
        RecordedTimeline recorded = recording.stop(folder.resolve("lock.jfr"), name -> name.startsWith("lock-"));

        Span held = recorded.row("lock-holder").orElseThrow().spans(State.TASK).get(0);
        Span parked = recorded.row("lock-waiter").orElseThrow().spans(State.PARKED).stream()
                .filter(span -> span.label().equals("parked on ReentrantLock")).findFirst().orElseThrow();
        assertTrue(parked.overlaps(held), () -> parked + " does not overlap " + held);
        assertEquals(2, recorded.rows().size(), "only the scene's threads are drawn");
    }

    @Test
    void aRecordedSceneWritesItsRecordingAndItsPictureUnderTheModulesTargetFolder() throws Exception {
        var scene = ThreadRecording.recordScene(ThreadRecordingTest.class, "test-scene", "a test scene",
                name -> name.equals("sleeper"), () -> {
                    // The sleep is what is recorded, not a way to order threads.
                    TestThreads.run("sleeper", () -> Thread.sleep(5)).result();
                    return "the scene's result";
                });

        assertEquals("the scene's result", scene.result());

        assertTrue(scene.svg().endsWith(Path.of("target", "pictures", "test-scene.svg")), scene.svg()::toString);
        assertTrue(Files.readString(scene.svg()).startsWith("<svg "));
        assertTrue(Files.size(scene.jfr()) > 0);
        assertEquals("sleep", scene.timeline().row("sleeper").orElseThrow().spans(State.SLEEPING).get(0).label());
    }

    @Test
    void inAThreadThatRunsTasksTheWaitsAfterItsLastTaskAreDrawnOnlyWhenAskedFor() throws Exception {
        // The sleeps are what is recorded, not a way to order threads: one thread runs all three.
        var timeline = new Timeline();
        var recording = ThreadRecording.start();
        TestThreads.run("worker", () -> {
            Thread.sleep(2);
            timeline.run("the task", () -> Thread.sleep(3));
            Thread.sleep(2);
        }).result();
        RecordedTimeline recorded = recording.stop(folder.resolve("tasks.jfr"), name -> name.equals("worker"));

        var row = recorded.row("worker").orElseThrow();
        Span task = row.spans(State.TASK).get(0);
        var sleeps = row.spans(State.SLEEPING);
        assertEquals(2, sleeps.size(), () -> "the sleep before the task and the one inside it: " + row);
        assertTrue(sleeps.get(0).end().compareTo(task.start()) <= 0, () -> "first, the sleep before: " + row);
        assertTrue(sleeps.get(1).overlaps(task), () -> "then the one inside: " + row);
        assertTrue(recorded.length().compareTo(task.end().plusMillis(1)) < 0,
                () -> "the scene ends with the task, not with the sleep after it: " + recorded);

        var whole = ThreadRecording.read(folder.resolve("tasks.jfr"), name -> name.equals("worker"), true)
                .row("worker").orElseThrow();
        assertEquals(3, whole.spans(State.SLEEPING).size(), () -> "asked for, the sleep after the task too: " + whole);
        assertTrue(whole.spans(State.SLEEPING).get(2).start().compareTo(task.end()) >= 0, whole::toString);
    }

    @Test
    void aTaskKeepsItsNameInEveryRecordingOfTheJvmAlsoOnANewThread() throws Exception {
        // JDK 17 writes a name of 17 to 127 characters once and refers to it after that; on a new
        // thread in a later recording the reference came back empty from the third recording on.
        String name = "a task named with more than sixteen characters, " + System.nanoTime();
        for (int recordingNumber = 1; recordingNumber <= 4; recordingNumber++) {
            var timeline = new Timeline();
            var recording = ThreadRecording.start();
            TestThreads.run("worker", () -> timeline.run(name, () -> { })).result();
            RecordedTimeline recorded = recording.stop(folder.resolve("named-" + recordingNumber + ".jfr"),
                    thread -> thread.equals("worker"));

            var tasks = recorded.row("worker").orElseThrow().spans(State.TASK);
            int number = recordingNumber;
            assertEquals(List.of(name), tasks.stream().map(Span::label).toList(),
                    () -> "recording " + number + ": " + recorded);
        }
    }

    /** The holder's side of a scene: holds its lock, then calls {@code release.await()} while holding it. */
    private interface Holder {
        void hold(Release release) throws Exception;
    }

    /** Lets the scene go on once the holder holds its lock, and keeps the holder there until the waiter waits. */
    private static final class Release {
        private final CountDownLatch holding = new CountDownLatch(1);
        private final CountDownLatch released = new CountDownLatch(1);

        void await() throws InterruptedException {
            holding.countDown();
            released.await();
        }
    }

    /** Waits, with Awaitility, until the waiter waits for the holder's lock. */
    private interface Arrival {
        void await(Thread waiter);
    }

    private static void holdWhileAnotherWaits(String holderName, String waiterName, Holder holder,
            Callable<Object> waiter, Arrival waiting) throws Exception {
        var release = new Release();
        var holderThread = TestThreads.run(holderName, () -> holder.hold(release));
        release.holding.await();
        var waiterThread = TestThreads.start(waiterName, waiter);
        try {
            waiting.await(waiterThread.thread());
        } finally {
            release.released.countDown();
        }
        holderThread.result();
        waiterThread.result();
    }
}
