package dev.threadlessons.introspection.exercises;

import java.util.Set;

/**
 * Exercise 10-1: ask the JVM which threads wait for a lock that a given thread holds. Write
 * {@link #waitingFor}: the names of the live threads that wait for a lock {@code owner} holds,
 * a monitor ({@code synchronized}) or a {@code ReentrantLock} alike.
 *
 * <p>Where to look: {@code ManagementFactory.getThreadMXBean()}, and its {@code ThreadInfo} for
 * each thread, which names the lock a thread waits for and that lock's owner
 * ({@code getLockOwnerId()}). A thread's state alone does not say whose lock it waits for.
 * Grade it with {@code mvn -pl 10-thread-introspection test -Pexercises}; compare with
 * common-utils' {@code ThreadListing} afterwards.
 *
 * <p>Thread-safety: stateless; what it returns may be stale as soon as it returns.
 */
public class LockWaiters {

    /** The names of the threads waiting, right now, for a lock that {@code owner} holds. */
    public Set<String> waitingFor(Thread owner) {
        // TODO: go through the ThreadInfo of every live thread and keep those whose lock owner is owner.
        throw new UnsupportedOperationException("exercise 10-1: waitingFor() is yours to write");
    }
}
