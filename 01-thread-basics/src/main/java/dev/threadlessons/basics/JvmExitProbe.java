package dev.threadlessons.basics;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;

/**
 * A tiny program about daemon threads, run in a JVM of its own by the demo (whether a JVM goes on
 * living after its {@code main} returned is easiest to watch from another process). Its
 * {@code main} starts one thread that waits for a line on standard input, waits until that thread
 * says it is waiting, prints a line saying it returns, and returns. Started with {@code daemon},
 * the thread is a daemon and the JVM exits at once, the thread still waiting and its
 * {@code finally} block never run; with {@code non-daemon}, the JVM stays alive until someone
 * types a line.
 *
 * <p>Sources: the {@code Thread} class Javadoc (JDK 17: the JVM runs until "All threads that are
 * not daemon threads have died"; JDK 25: "The shutdown sequence begins when all started
 * non-daemon threads have terminated"), and the {@code Runtime} class Javadoc of JDK 25: when the
 * JVM terminates, daemon and non-daemon threads alike stop where they are, "{@code finally}
 * clauses are not executed". {@code System.exit} starts the same shutdown, so it stops
 * non-daemon threads too; a shutdown hook ({@code Runtime.addShutdownHook}, Python's
 * {@code atexit}) runs inside the JVM as it shuts down.
 *
 * <p>It prints with {@code System.out} and uses nothing but the JDK, so that the child JVM needs
 * only this class on its class path.
 *
 * <p>Thread-safety: the two threads share {@code System.out}, which is thread-safe, and a latch.
 * Happens-before: the worker's {@code countDown()} happens-before {@code main}'s {@code await()}
 * returns, so "still waiting" is printed only after the worker's "waiting" line.
 */
public final class JvmExitProbe {

    /** Printed by {@code main} just before it returns. */
    public static final String MAIN_RETURNS = "main returns";
    /** Printed by the worker's finally block; never printed if the JVM exits first. */
    public static final String FINISHED = "finished (finally block)";

    private JvmExitProbe() {
    }

    public static void main(String[] args) throws InterruptedException {
        if (args.length != 1 || !(args[0].equals("daemon") || args[0].equals("non-daemon"))) {
            throw new IllegalArgumentException("usage: JvmExitProbe daemon|non-daemon");
        }
        boolean daemon = args[0].equals("daemon");
        var waiting = new CountDownLatch(1);
        var worker = new Thread(() -> waitForALine(waiting), daemon ? "daemon-worker" : "worker");
        worker.setDaemon(daemon);
        worker.start();
        waiting.await();
        say(MAIN_RETURNS + "; " + worker.getName() + " (daemon=" + daemon + ") is still waiting");
    }

    private static void waitForALine(CountDownLatch waiting) {
        say("waiting for a line on stdin");
        waiting.countDown();
        try {
            new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            say(FINISHED);
        }
    }

    private static void say(String line) {
        System.out.println("[" + Thread.currentThread().getName() + "] " + line);
    }
}
