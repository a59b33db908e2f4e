package dev.threadlessons.basics;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * A tiny program that {@link JvmExitExperiment} runs in a JVM of its own, because whether a JVM
 * exits can only be watched from outside it. Its {@code main} starts one thread that waits for a
 * line on standard input, prints a line saying it returns, and returns. Started with
 * {@code daemon}, the thread is a daemon and the JVM exits at once, the thread still waiting and
 * its {@code finally} block never run; with {@code non-daemon}, the JVM stays alive until someone
 * types a line.
 *
 * <p>It prints with {@code System.out} and uses nothing but the JDK, so that the child JVM needs
 * only this class on its class path.
 *
 * <p>Thread-safety: the two threads share only {@code System.out}, which is thread-safe.
 */
public final class JvmExitProbe {

    /** Printed by {@code main} just before it returns. */
    static final String MAIN_RETURNS = "main returns";
    /** Printed by the worker's finally block; never printed if the JVM exits first. */
    static final String FINISHED = "finished (finally block)";

    private JvmExitProbe() {
    }

    public static void main(String[] args) {
        if (args.length != 1 || !(args[0].equals("daemon") || args[0].equals("non-daemon"))) {
            throw new IllegalArgumentException("usage: JvmExitProbe daemon|non-daemon");
        }
        boolean daemon = args[0].equals("daemon");
        var worker = new Thread(JvmExitProbe::waitForALine, daemon ? "daemon-worker" : "worker");
        worker.setDaemon(daemon);
        worker.start();
        say(MAIN_RETURNS + "; " + worker.getName() + " (daemon=" + daemon + ") is still waiting");
    }

    private static void waitForALine() {
        say("waiting for a line on stdin");
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
