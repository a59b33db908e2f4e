package dev.threadlessons.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProgramTest {

    @TempDir
    Path folder;

    @Test
    void aJavaFileRunsWithTheSourceLauncherAndItsOutputAndStatusAreKept() throws Exception {
        Path source = folder.resolve("Hello.java");
        Files.writeString(source, """
                public class Hello {
                    public static void main(String[] args) {
                        System.out.println("hello from [" + Thread.currentThread().getName() + "] " + args[0]);
                        System.err.println("to stderr");
                        System.exit(3);
                    }
                }
                """);
        var result = Program.javaSource(source, "there");
        assertEquals(3, result.status());
        assertEquals(List.of("hello from [main] there"), result.lines());
        assertEquals("to stderr", result.err().strip());
    }

    @Test
    void aPythonScriptRunsWithPython3OrTheTestIsSkipped() throws Exception {
        Path script = folder.resolve("hello.py");
        Files.writeString(script, "import threading, sys\nprint('hello from', threading.current_thread().name, sys.argv[1])\n");
        var result = Program.python(script, "there");
        assertEquals(0, result.status());
        assertEquals(List.of("hello from MainThread there"), result.lines());
    }
}
