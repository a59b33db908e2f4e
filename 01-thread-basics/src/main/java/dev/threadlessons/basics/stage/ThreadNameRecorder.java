package dev.threadlessons.basics.stage;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A task that only remembers which thread ran it. Handing it to {@code new Thread(task, "runner")}
 * and then calling {@code run()} or {@code start()} shows the difference at once: {@code run()}
 * executes it on the caller's own thread, {@code start()} on the new thread {@code runner}.
 *
 * <p>Thread-safety: thread-safe. The names go into a {@link CopyOnWriteArrayList}, so any thread
 * may run the task and any thread may read the names, also while it runs.
 */
public final class ThreadNameRecorder implements Runnable {

    private final List<String> threadNames = new CopyOnWriteArrayList<>();

    @Override
    public void run() {
        threadNames.add(Thread.currentThread().getName());
    }

    /** The names of the threads that ran this task, oldest first. */
    public List<String> threadNames() {
        return List.copyOf(threadNames);
    }

    /** The name of the thread that ran this task last. */
    public String lastThreadName() {
        if (threadNames.isEmpty()) {
            throw new IllegalStateException("the task has not run yet");
        }
        return threadNames.get(threadNames.size() - 1);
    }
}
