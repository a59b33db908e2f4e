package dev.threadlessons.basics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import javax.tools.DiagnosticCollector;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Python's {@code lambda: print(i)} in a loop sees whatever {@code i} holds when it finally runs;
 * Java refuses to compile the same thing. These tests ask the JDK's compiler.
 */
class LambdaCaptureRuleTest {

    @TempDir
    Path classes;

    @Test
    void aLambdaCannotCaptureALoopVariableThatKeepsChanging() {
        var errors = compile("""
                class Capture {
                    void startAll() {
                        for (int i = 0; i < 3; i++) {
                            new Thread(() -> System.out.println(i)).start();
                        }
                    }
                }
                """);
        assertEquals(List.of("local variables referenced from a lambda expression must be final"
                + " or effectively final"), errors);
    }

    @Test
    void aCopyMadeInsideTheLoopIsEffectivelyFinalAndCompiles() {
        var errors = compile("""
                class Capture {
                    void startAll() {
                        for (int i = 0; i < 3; i++) {
                            int copy = i;
                            new Thread(() -> System.out.println(copy)).start();
                        }
                    }
                }
                """);
        assertTrue(errors.isEmpty(), errors::toString);
    }

    private List<String> compile(String source) {
        var file = new SimpleJavaFileObject(URI.create("string:///Capture.java"), JavaFileObject.Kind.SOURCE) {
            @Override
            public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                return source;
            }
        };
        var diagnostics = new DiagnosticCollector<JavaFileObject>();
        ToolProvider.getSystemJavaCompiler()
                .getTask(null, null, diagnostics, List.of("-d", classes.toString()), null, List.of(file))
                .call();
        return diagnostics.getDiagnostics().stream().map(d -> d.getMessage(Locale.ENGLISH)).toList();
    }
}
