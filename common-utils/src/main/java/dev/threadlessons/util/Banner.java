package dev.threadlessons.util;

import org.slf4j.Logger;

/**
 * The common shape of every demo's output: a header naming the lesson, section titles, and a
 * verdict line at the end that states what the run showed (computed from the run, never a
 * hard-coded claim).
 *
 * <p>Thread-safety: stateless; the logger it writes to is thread-safe.
 */
public final class Banner {

    private Banner() {
    }

    /**
     * {@code === Lesson 05: race conditions ===}. Before it, a warning when the classes that run
     * are older than the lesson's sources ({@link StaleBuild}); {@code log} must be named after
     * the demo's class, as {@code LoggerFactory.getLogger(Demo.class)} is.
     */
    public static void header(Logger log, String lesson, String title) {
        StaleBuild.warningFor(log.getName()).ifPresent(log::warn);
        log.info("=== {}: {} ===", lesson, title);
    }

    /** {@code --- lost update on a shared counter ---} */
    public static void section(Logger log, String title) {
        log.info("--- {} ---", title);
    }

    /** {@code Verdict: expected 200000, got 131072 - 68928 updates lost} */
    public static void verdict(Logger log, String verdict) {
        log.info("Verdict: {}", verdict);
    }
}
