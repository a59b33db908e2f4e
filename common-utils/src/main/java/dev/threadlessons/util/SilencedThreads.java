package dev.threadlessons.util;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.LoggerFactory;
import org.slf4j.Marker;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;

/**
 * Drops every log line of the threads of a scene that nobody watches: the schedules that
 * {@link Explorer} tries, and a level's threads once it has ended. A thread that was waiting for
 * a lock when the player left a level gets that lock as the others end, and would otherwise log
 * a step of the lesson's code that the game never showed (an approval, say, with no payment
 * after it).
 *
 * <p>A Logback {@link TurboFilter}, which Logback asks before every log event, added to the
 * logger context the first time a stepper needs it. Where SLF4J is bound to something else,
 * nothing is silenced.
 *
 * <p>Thread-safety: the set of silenced threads is concurrent; installing is synchronized.
 */
final class SilencedThreads extends TurboFilter {

    private static final SilencedThreads FILTER = new SilencedThreads();
    private static final Set<Thread> SILENCED = ConcurrentHashMap.newKeySet();

    private SilencedThreads() {
        setName("threadlessons-silenced-threads");
    }

    /** Silences {@code thread} from now until {@link #release(Thread)}. */
    static void silence(Thread thread) {
        install();
        SILENCED.add(thread);
    }

    /** Forgets {@code thread}: called as it ends, so that the set never grows. */
    static void release(Thread thread) {
        SILENCED.remove(thread);
    }

    private static synchronized void install() {
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context
                && !context.getTurboFilterList().contains(FILTER)) {
            FILTER.start();
            context.addTurboFilter(FILTER);
        }
    }

    @Override
    public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params,
                              Throwable t) {
        return SILENCED.contains(Thread.currentThread()) ? FilterReply.DENY : FilterReply.NEUTRAL;
    }
}
