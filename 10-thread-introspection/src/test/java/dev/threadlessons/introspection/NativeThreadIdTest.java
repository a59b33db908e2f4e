package dev.threadlessons.introspection;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

import dev.threadlessons.testing.TestThreads;

/** On Linux each thread reads its own OS thread id, Python's get_native_id(). */
class NativeThreadIdTest {

    @Test
    void eachThreadGetsItsOwnOsThreadIdFromThisProcess() throws InterruptedException {
        var mine = NativeThreadId.ofCurrentThread();
        assumeTrue(mine.isPresent(), "only Linux has /proc/thread-self");
        var theirs = new AtomicReference<OptionalLong>();
        var other = TestThreads.run("other", () -> theirs.set(NativeThreadId.ofCurrentThread())).thread();
        other.join();

        assertTrue(theirs.get().isPresent());
        assertNotEquals(mine.getAsLong(), theirs.get().getAsLong());
        long pid = ProcessHandle.current().pid();
        assertTrue(Files.exists(Path.of("/proc", String.valueOf(pid), "task",
                String.valueOf(mine.getAsLong()))), "the id is a task of this process");
    }
}
