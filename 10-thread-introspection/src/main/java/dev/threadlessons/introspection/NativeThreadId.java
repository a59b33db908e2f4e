package dev.threadlessons.introspection;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;

/**
 * The operating system's id of the calling thread, Python's {@code threading.get_native_id()},
 * which Java has no method for: {@link Thread#getId()} is the JVM's own number, and neither
 * {@code ThreadMXBean} nor {@link ProcessHandle} (which gives the process id) knows the OS thread.
 *
 * <p>On Linux every thread can find its own id anyway: {@code /proc/thread-self} is a link to
 * {@code <pid>/task/<tid>} for whichever thread reads it. Elsewhere the answer is empty. The id
 * also shows in a thread dump ({@code jstack <pid>}, as {@code nid=0x...}) and in Flight Recorder
 * events ({@code RecordedThread.getOSThreadId()}), which are tools for looking from outside.
 *
 * <p>Thread-safety: stateless, safe from any thread; each thread gets its own answer.
 */
public final class NativeThreadId {

    private static final Path THREAD_SELF = Path.of("/proc/thread-self");

    private NativeThreadId() {
    }

    /** The OS thread id of the calling thread, on Linux; empty elsewhere. */
    public static OptionalLong ofCurrentThread() {
        try {
            Path target = Files.readSymbolicLink(THREAD_SELF);
            return OptionalLong.of(Long.parseLong(target.getFileName().toString()));
        } catch (IOException | UnsupportedOperationException | NumberFormatException e) {
            return OptionalLong.empty();
        }
    }
}
