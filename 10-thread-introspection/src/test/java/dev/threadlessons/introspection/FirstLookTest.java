package dev.threadlessons.introspection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.threadlessons.testing.Program;

class FirstLookTest {

    private static final String HASH = "@[0-9a-f]+";

    @Test
    void theJavaFirstLookListsEachThreadInTheStateItWasBroughtToWithTheLockItWaitsForAndItsHolder()
            throws Exception {
        var run = Program.javaSource(Path.of("src/main/java/dev/threadlessons/introspection/FirstLook.java"));

        assertEquals(0, run.status(), run::toString);
        var lines = run.lines();
        assertEquals(9, lines.size(), run::toString);
        var patterns = List.of(
                "\\[main] main +RUNNABLE",
                "\\[main] holder +WAITING +waits for java\\.util\\.concurrent\\.CountDownLatch\\$Sync" + HASH,
                "\\[main] waiter +BLOCKED +waits for java\\.lang\\.Object" + HASH + " held by holder",
                "\\[main] permit-waiter +WAITING +waits for java\\.util\\.concurrent\\.Semaphore\\$NonfairSync" + HASH,
                "\\[main] not-started is NEW and not listed; \\d+ daemon threads of the JVM left out",
                "\\[main] semaphore: 0 permits free, 1 thread queued");
        for (int i = 0; i < patterns.size(); i++) {
            assertTrue(lines.get(i).matches(patterns.get(i)), "line " + (i + 1) + ": " + lines.get(i));
        }
        // Released together: the two lines may come in either order.
        assertEquals(Set.of("[permit-waiter] got a permit", "[waiter] got the monitor"),
                Set.copyOf(lines.subList(6, 8)), run::toString);
        assertEquals("[main] after join: holder TERMINATED, waiter TERMINATED, permit-waiter TERMINATED",
                lines.get(8));
    }

    @Test
    void thePythonTwinListsOnlyTheAliveThreadsAndCannotSayWhoHoldsTheLockOrHowManyPermitsAreFree()
            throws Exception {
        var run = Program.python(Path.of("python/first_look.py"));

        assertEquals(0, run.status(), run::toString);
        var lines = run.lines();
        assertEquals(List.of(
                "[MainThread] MainThread     alive=True daemon=False",
                "[MainThread] holder         alive=True daemon=False",
                "[MainThread] waiter         alive=True daemon=False",
                "[MainThread] permit-waiter  alive=True daemon=False",
                "[MainThread] active_count()=4; not-started is not listed (alive=False); current_thread() is MainThread",
                "[MainThread] lock.locked()=True: who holds it and who waits for it, Python does not say",
                "[MainThread] permits.acquire(blocking=False)=False: no permit free, and no public count"),
                lines.subList(0, Math.min(7, lines.size())), run::toString);
        assertEquals(10, lines.size(), run::toString);
        assertEquals(Set.of("[permit-waiter] got a permit", "[waiter] got the lock"),
                Set.copyOf(lines.subList(7, 9)), run::toString);
        assertEquals("[MainThread] after join: ['MainThread']", lines.get(9));
    }
}
