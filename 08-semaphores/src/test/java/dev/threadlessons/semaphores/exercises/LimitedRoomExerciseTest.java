package dev.threadlessons.semaphores.exercises;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import dev.threadlessons.testing.Exercise;
import dev.threadlessons.testing.TestThreads;
import dev.threadlessons.testing.ThreadWaits;

/**
 * Grades exercise 08-2, {@link LimitedRoom#enter}: of three threads and a room for two, two get in
 * and stay (held at a latch the test opens) while the third waits on the semaphore; and a task
 * that throws gives its place back. Run it with {@code mvn -pl 08-semaphores test -Pexercises}.
 */
@Tag(Exercise.TAG)
public class LimitedRoomExerciseTest {

    private static LimitedRoom room(int capacity) {
        return Exercise.create(LimitedRoom.class, LimitedRoom.class, new Class<?>[] {int.class}, capacity);
    }

    @Test
    void ofThreeThreadsTwoAreInsideAndTheThirdWaitsForAPlace() throws Exception {
        var room = room(2);
        var inside = new AtomicInteger();
        var arrived = new AtomicInteger();
        var leave = new CountDownLatch(1);
        var threads = new ArrayList<Thread>();
        try {
            for (int i = 1; i <= 3; i++) {
                threads.add(TestThreads.run("guest-" + i, () -> room.enter(() -> {
                    inside.incrementAndGet();
                    arrived.incrementAndGet();
                    try {
                        leave.await(TestThreads.PATIENCE.toMillis(), TimeUnit.MILLISECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    inside.decrementAndGet();
                })).thread());
            }
            // Two inside, and the third parked on the semaphore, or three inside (a room without a limit).
            await().atMost(TestThreads.PATIENCE).until(() -> arrived.get() == 3
                    || (arrived.get() == 2 && ThreadWaits.countParkedOn("Semaphore", threads) == 1));
            assertEquals(2, inside.get(), "a room for two let " + inside.get() + " threads in at once:"
                    + " every guest must take a permit with acquire() before it goes in");
        } finally {
            leave.countDown();
            TestThreads.joinAll(threads);
        }
        assertEquals(2, room.freePlaces(), "every guest must give its place back when it leaves");
    }

    @Test
    void aTaskThatThrowsGivesItsPlaceBack() throws Exception {
        var room = room(1);

        assertThrows(IllegalStateException.class, () -> room.enter(() -> {
            throw new IllegalStateException("the task failed");
        }), "the task's exception must reach the caller");

        assertEquals(1, room.freePlaces(), "the failed task's place is gone: give the permit back in a finally");
    }
}
