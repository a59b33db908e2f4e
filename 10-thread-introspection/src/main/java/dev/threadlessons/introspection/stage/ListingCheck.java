package dev.threadlessons.introspection.stage;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import dev.threadlessons.util.ThreadRow;

/**
 * Compares what a thread listing reported with what the demo knows it did: which state it
 * brought each thread to, and which thread holds the monitor the blocked one waits for.
 *
 * <p>Thread-safety: immutable.
 *
 * @param threads          how many threads the lineup started
 * @param inExpectedState  how many of them the listing showed in the state they were brought to
 * @param reportedOwner    the owner the listing named for the blocked thread, or {@code ""}
 * @param reportedOwnerId  that owner's id, or {@code -1}
 * @param holderId         the id of the thread that really holds the monitor
 */
public record ListingCheck(int threads, int inExpectedState, String reportedOwner,
                           long reportedOwnerId, long holderId) {

    /** Checks {@code rows} against the lineup's {@code expected} states and its monitor holder. */
    public static ListingCheck of(List<ThreadRow> rows, Map<Thread, Thread.State> expected,
                                  Thread blocked, Thread holder) {
        int matching = (int) expected.entrySet().stream()
                .filter(entry -> row(rows, entry.getKey())
                        .map(row -> row.state() == entry.getValue()).orElse(false))
                .count();
        var blockedRow = row(rows, blocked);
        return new ListingCheck(expected.size(), matching,
                blockedRow.map(ThreadRow::lockOwner).orElse(""),
                blockedRow.map(ThreadRow::lockOwnerId).orElse(-1L), holder.getId());
    }

    /** Whether every state and the owner were reported as they were. */
    public boolean allCorrect() {
        return inExpectedState == threads && reportedOwnerId == holderId;
    }

    /** One sentence for the demo's verdict. */
    public String summary() {
        String owner = reportedOwnerId == holderId
                ? "the blocked thread's lock was reported held by " + reportedOwner + " (id "
                        + reportedOwnerId + "), which held it"
                : "the blocked thread's lock was reported held by '" + reportedOwner + "' (id "
                        + reportedOwnerId + "), but thread " + holderId + " held it";
        return inExpectedState + " of " + threads + " threads were listed in the state they were"
                + " brought to; " + owner;
    }

    private static Optional<ThreadRow> row(List<ThreadRow> rows, Thread thread) {
        Objects.requireNonNull(thread, "thread");
        return rows.stream().filter(row -> row.id() == thread.getId()).findFirst();
    }
}
