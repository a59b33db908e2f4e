package dev.threadlessons.basics;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a thread does with an exception that escapes its {@code run()}, the Java counterpart of
 * Python's {@code threading.excepthook}. The JVM calls {@link #uncaughtException} on the dying
 * thread itself, just before it terminates; the exception never reaches the thread that started
 * or joins it. This handler logs the failure and keeps it, so a program (or a test) can look at it.
 *
 * <p>Thread-safety: thread-safe; one handler may serve many threads. Failures go into a
 * {@link CopyOnWriteArrayList}.
 *
 * <p>Happens-before: a failure is recorded before its thread terminates, so a thread that has
 * joined the failed thread sees it in {@link #failures()}.
 */
public final class RecordingExceptionHandler implements Thread.UncaughtExceptionHandler {

    /**
     * One exception that ended a thread.
     *
     * @param threadName        the thread whose {@code run()} threw
     * @param handlerThreadName the thread the handler ran on (the same one)
     * @param error             what was thrown
     */
    public record Failure(String threadName, String handlerThreadName, Throwable error) {
    }

    private static final Logger LOG = LoggerFactory.getLogger(RecordingExceptionHandler.class);

    private final List<Failure> failures = new CopyOnWriteArrayList<>();

    @Override
    public void uncaughtException(Thread thread, Throwable error) {
        LOG.info("handler: {} died of {}", thread.getName(), error.toString());
        failures.add(new Failure(thread.getName(), Thread.currentThread().getName(), error));
    }

    /** The failures handled so far, oldest first. */
    public List<Failure> failures() {
        return List.copyOf(failures);
    }
}
