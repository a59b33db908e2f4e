package dev.threadlessons.speedup;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.slf4j.Logger;

import dev.threadlessons.util.Durations;

/**
 * Prints trials against a baseline: each strategy's wall time and speed-up over running the
 * jobs one after another, its timeline chart, and whether its results match the baseline's.
 *
 * <p>Thread-safety: not thread-safe; the demo uses it from its main thread only.
 */
final class TrialReport {

    private static final int CHART_WIDTH = 60;

    private final Logger log;
    private final Trial baseline;
    private final List<Trial> differing = new ArrayList<>();

    /** Starts a report with {@code baseline}, which it prints at once. */
    TrialReport(Logger log, Trial baseline) {
        this.log = log;
        this.baseline = baseline;
        log.info(String.format(Locale.ROOT, "%-26s %8s", baseline.strategy(),
                Durations.format(baseline.elapsed())));
        chart(baseline);
    }

    Trial baseline() {
        return baseline;
    }

    /** Prints {@code trial} against the baseline, and returns it. */
    Trial show(Trial trial) {
        boolean same = trial.results().equals(baseline.results());
        log.info(String.format(Locale.ROOT, "%-26s %8s   speed-up %s%s", trial.strategy(),
                Durations.format(trial.elapsed()), Durations.speedup(baseline.elapsed(), trial.elapsed()),
                same ? "" : "   RESULTS DIFFER: " + trial.results()));
        chart(trial);
        if (!same) {
            differing.add(trial);
        }
        return trial;
    }

    /** What Amdahl's law makes of {@code trial}'s speed-up on {@code cores} cores. */
    void amdahl(Trial trial, int cores) {
        if (cores < 2) {
            log.info("Amdahl: on 1 core nothing runs in parallel, so no speed-up is possible");
            return;
        }
        double speedup = trial.speedupOver(baseline);
        if (speedup >= cores) {
            log.info(String.format(Locale.ROOT, "Amdahl: %.2fx on %d cores is at the ceiling of %dx;"
                    + " no serial part showed in this run (a busy machine blurs such numbers)",
                    speedup, cores, cores));
            return;
        }
        double parallel = Amdahl.parallelFraction(speedup, cores);
        log.info(String.format(Locale.ROOT, "Amdahl: %.2fx on %d cores means about %.0f%% of the run"
                        + " was parallel; with that share 4 cores would give at most %.1fx, 8 cores"
                        + " %.1fx, and no number of cores more than %.0fx", speedup, cores,
                100 * parallel, Amdahl.speedup(parallel, 4), Amdahl.speedup(parallel, 8),
                1 / (1 - parallel)));
    }

    /** "every strategy got the same 148933 primes", or which strategies did not. */
    String agreement(String unit) {
        if (differing.isEmpty()) {
            return "every strategy got the same " + baseline.total() + " " + unit;
        }
        var names = differing.stream().map(Trial::strategy).toList();
        return "RESULTS DIFFER from one after another's in " + String.join(", ", names);
    }

    private void chart(Trial trial) {
        log.info("timeline of {}:\n{}", trial.strategy(), trial.timeline().render(CHART_WIDTH).stripTrailing());
    }
}
