package dev.threadlessons.deadlock.stage;

import java.util.List;

import dev.threadlessons.util.ThreadRow;

/**
 * One thread of a deadlock, as the JVM reports it: its row (name, state, the lock it waits for
 * and that lock's owner) and the locks it holds, named the way the JVM names them
 * ({@code java.util.concurrent.locks.ReentrantLock$NonfairSync@1b6d3586}).
 *
 * <p>Thread-safety: immutable.
 *
 * @param row   the thread as {@link dev.threadlessons.util.ThreadListing} sees it
 * @param holds the ownable synchronizers (such as a {@code ReentrantLock}) and monitors it holds
 */
public record DeadlockedThread(ThreadRow row, List<String> holds) {

    public DeadlockedThread {
        holds = List.copyOf(holds);
    }

    public String name() {
        return row.name();
    }

    /** {@code transfer-1-to-2 holds [X@1], waits for Y@2 held by transfer-2-to-1} */
    public String describe() {
        return row.name() + " holds " + holds + ", waits for " + row.lockName()
                + " held by " + row.lockOwner();
    }
}
