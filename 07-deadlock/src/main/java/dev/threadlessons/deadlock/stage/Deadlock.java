package dev.threadlessons.deadlock.stage;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The threads that the JVM found deadlocked at one moment, each waiting for a lock that another
 * one of them holds.
 *
 * <p>Thread-safety: immutable.
 */
public record Deadlock(List<DeadlockedThread> threads) {

    public Deadlock {
        threads = List.copyOf(threads);
    }

    /** The names of the deadlocked threads, sorted. */
    public Set<String> names() {
        return threads.stream().map(DeadlockedThread::name)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /**
     * The part of this deadlock made of {@code candidates}, if any of them is in it: a program
     * that watches its own threads should not report (or stop over) someone else's deadlock.
     */
    public Optional<Deadlock> among(Collection<Thread> candidates) {
        var ours = threads.stream()
                .filter(stuck -> candidates.stream()
                        .anyMatch(candidate -> candidate.getId() == stuck.row().id()))
                .toList();
        return ours.isEmpty() ? Optional.empty() : Optional.of(new Deadlock(ours));
    }
}
