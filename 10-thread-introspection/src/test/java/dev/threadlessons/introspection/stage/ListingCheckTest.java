package dev.threadlessons.introspection.stage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.threadlessons.util.ThreadRow;

/** The verdict's check counts what the listing got right, and names a wrong owner. */
class ListingCheckTest {

    private final Thread holder = new Thread(() -> { }, "monitor-holder");
    private final Thread blocked = new Thread(() -> { }, "blocked-worker");
    private final Map<Thread, Thread.State> expected = new LinkedHashMap<>(Map.of(
            holder, Thread.State.WAITING, blocked, Thread.State.BLOCKED));

    @Test
    void aListingThatMatchesIsAllCorrect() {
        var check = ListingCheck.of(List.of(
                row(holder, Thread.State.WAITING, "", -1),
                row(blocked, Thread.State.BLOCKED, "monitor-holder", holder.getId())),
                expected, blocked, holder);

        assertTrue(check.allCorrect());
        assertEquals("2 of 2 threads were listed in the state they were brought to; the blocked"
                + " thread's lock was reported held by monitor-holder (id " + holder.getId()
                + "), which held it", check.summary());
    }

    @Test
    void aWrongStateAndAWrongOwnerAreCountedAndNamed() {
        var check = ListingCheck.of(List.of(
                row(holder, Thread.State.RUNNABLE, "", -1),
                row(blocked, Thread.State.BLOCKED, "someone-else", 999)),
                expected, blocked, holder);

        assertFalse(check.allCorrect());
        assertEquals(1, check.inExpectedState());
        assertTrue(check.summary().endsWith("reported held by 'someone-else' (id 999), but thread "
                + holder.getId() + " held it"), check.summary());
    }

    @Test
    void aThreadMissingFromTheListingIsNotInItsState() {
        var check = ListingCheck.of(List.of(), expected, blocked, holder);
        assertEquals(0, check.inExpectedState());
        assertEquals(-1, check.reportedOwnerId());
    }

    private static ThreadRow row(Thread thread, Thread.State state, String owner, long ownerId) {
        return new ThreadRow(thread.getId(), thread.getName(), state, false, 5, "main",
                ownerId < 0 ? "" : "java.lang.Object@1", owner, ownerId);
    }
}
