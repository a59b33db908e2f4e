package dev.threadlessons.util;

/**
 * One live thread as seen at one moment: what Python's {@code threading.enumerate()} would give,
 * plus what only the JVM knows: the lock a thread waits for and which thread holds it.
 *
 * @param id        the thread's id ({@code Thread.getId()}), Python's {@code get_ident()}
 * @param name      the thread's name
 * @param state     NEW, RUNNABLE, BLOCKED, WAITING, TIMED_WAITING or TERMINATED
 * @param daemon    whether the JVM may exit while it still runs
 * @param priority  its priority, 1 to 10 (a hint the OS scheduler may ignore)
 * @param group     the name of its thread group, or {@code ""} once it has terminated
 * @param lockName  the lock it is blocked on or waiting for, such as
 *                  {@code java.lang.Object@1b6d3586}, or {@code ""} when it waits for none
 * @param lockOwner the name of the thread that holds that lock, or {@code ""} when none does
 *                  (a thread waiting on a {@code Condition} or a {@code Semaphore} has no owner)
 * @param lockOwnerId the id of that owner, or {@code -1}
 */
public record ThreadRow(long id, String name, Thread.State state, boolean daemon, int priority,
                        String group, String lockName, String lockOwner, long lockOwnerId) {

    /** Whether the thread is waiting for a lock that another thread holds. */
    public boolean waitsForOwnedLock() {
        return lockOwnerId >= 0;
    }
}
