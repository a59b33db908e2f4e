package dev.threadlessons.testing;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.LoggerFactory;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;

/**
 * Runs a lesson's demo the way {@code mvn exec:java} would, with given arguments, and keeps what
 * it printed: every line it logged (through a Logback appender on the root logger,
 * with the name of the thread that logged it), what it wrote to {@code System.out} and
 * {@code System.err}, and the exit status its {@code run} method returned.
 *
 * <pre>{@code
 * DemoOutput output = DemoRun.of(Demo::run, "--threads", "2");
 * assertEquals(0, output.status());
 * assertTrue(output.verdict().startsWith("5 of 5 counters exact"), output.verdict());
 * }</pre>
 *
 * <p>Each lesson's {@code Demo} has a {@code static int run(String... args)} that does all the
 * work and returns the exit status, and a {@code main} that only passes that status to
 * {@code CommandLine.exit}: tests call {@code run}, never {@code main}, which may end the JVM.
 *
 * <p>Thread-safety: a run swaps {@code System.out} and {@code System.err} and adds an appender to
 * the root logger for its duration, which is global state: two runs at once would see each
 * other's output. JUnit runs a class's tests one after the other unless told otherwise, and a test
 * class that calls this should not opt into parallel execution.
 */
public final class DemoRun {

    /** A demo's {@code run} method: arguments in, exit status out. */
    @FunctionalInterface
    public interface Entry {
        int run(String... args) throws Exception;
    }

    private DemoRun() {
    }

    /** Runs {@code demo} with {@code args} on the calling thread and returns what it printed. */
    public static DemoOutput of(Entry demo, String... args) throws Exception {
        var context = (LoggerContext) LoggerFactory.getILoggerFactory();
        Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        var appender = new LineAppender();
        appender.setContext(context);
        appender.setName("demo-run");
        appender.start();
        Level level = root.getLevel();
        if (level == null || level.isGreaterOrEqual(Level.WARN)) {
            root.setLevel(Level.INFO);
        }
        root.addAppender(appender);

        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        PrintStream originalOut = System.out;
        PrintStream originalErr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        int status;
        try {
            status = demo.run(args);
        } finally {
            System.setOut(originalOut);
            System.setErr(originalErr);
            root.detachAppender(appender);
            root.setLevel(level);
            appender.stop();
        }
        return new DemoOutput(status, appender.lines(), out.toString(StandardCharsets.UTF_8),
                err.toString(StandardCharsets.UTF_8));
    }

    /**
     * Keeps each event as a {@link LogLine} at once, on the thread that logged it: Logback fills
     * in an event's thread name only when first asked, from whichever thread asks.
     * {@link AppenderBase#doAppend} is synchronized, so one event is appended at a time.
     */
    private static final class LineAppender extends AppenderBase<ILoggingEvent> {
        private final List<LogLine> lines = new ArrayList<>();

        @Override
        protected void append(ILoggingEvent event) {
            lines.add(new LogLine(event.getThreadName(), event.getFormattedMessage()));
        }

        synchronized List<LogLine> lines() {
            return List.copyOf(lines);
        }
    }
}
