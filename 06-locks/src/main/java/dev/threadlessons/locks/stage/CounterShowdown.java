package dev.threadlessons.locks.stage;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.threadlessons.util.Durations;

/**
 * Every counter of the lesson, run with the same threads and the same work, one after the other:
 * the final value and the wall time of each, side by side, so that correctness and cost can be
 * compared at a glance.
 *
 * <p>A short untimed round of every variant comes first, so that the JIT has compiled all of
 * them before the timed round, and the first row does not pay for everybody's warm-up.
 *
 * <p>Thread-safety: stateless; each run has its own counters and threads.
 */
public final class CounterShowdown {

    private static final Logger LOG = LoggerFactory.getLogger(CounterShowdown.class);

    private CounterShowdown() {
    }

    /** Runs every variant with {@code threads} threads of {@code increments} increments each. */
    public static List<CounterRun> run(int threads, int increments) throws InterruptedException {
        for (CounterVariant variant : CounterVariant.all()) {
            CounterRun.of(variant, threads, Math.max(1, increments / 10));
        }
        LOG.info(String.format(Locale.ROOT, "%-20s %12s  %-22s %9s", "counter", "final value", "verdict", "time"));
        var runs = new ArrayList<CounterRun>();
        for (CounterVariant variant : CounterVariant.all()) {
            CounterRun run = CounterRun.of(variant, threads, increments);
            runs.add(run);
            String verdict = run.exact() ? "exact" : run.lost() + " lost";
            LOG.info(String.format(Locale.ROOT, "%-20s %12d  %-22s %9s",
                    run.variant().name(), run.actual(), verdict, Durations.format(run.elapsed())));
        }
        return runs;
    }
}
