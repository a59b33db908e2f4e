package dev.threadlessons.deadlock;

import java.util.Collection;
import java.util.List;
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

    /** Whether any of {@code candidates} is one of the deadlocked threads. */
    public boolean involvesAnyOf(Collection<Thread> candidates) {
        return threads.stream().anyMatch(stuck -> candidates.stream()
                .anyMatch(candidate -> candidate.getId() == stuck.row().id()));
    }
}
