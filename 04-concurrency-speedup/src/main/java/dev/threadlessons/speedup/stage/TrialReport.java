package dev.threadlessons.speedup.stage;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.slf4j.Logger;

import dev.threadlessons.speedup.Amdahl;
import dev.threadlessons.util.Durations;

/**
 * Prints trials against a baseline: each strategy's wall time, its speed-up over running the
 * jobs one after another beside its ceiling ({@link Figure}), its timeline chart, and whether its
 * results match the baseline's.
 *
 * <p>Thread-safety: not thread-safe; the demo uses it from its main thread only.
 */
public final class TrialReport {

    private static final int CHART_WIDTH = 60;

    private final Logger log;
    private final Trial baseline;
    private final List<Trial> differing = new ArrayList<>();
    private final List<Figure> figures = new ArrayList<>();

    /** Starts a report with {@code baseline}, which it prints at once. */
    public TrialReport(Logger log, Trial baseline) {
        this.log = log;
        this.baseline = baseline;
        log.info(String.format(Locale.ROOT, "%-26s %8s", baseline.strategy(),
                Durations.format(baseline.elapsed())));
        chart(baseline);
    }

    public Trial baseline() {
        return baseline;
    }

    /** Every figure shown so far, in order. */
    public List<Figure> figures() {
        return List.copyOf(figures);
    }

    /** Prints {@code trial} against the baseline and its {@code ceiling}, and returns its figure. */
    public Figure show(Trial trial, double ceiling) {
        return show(trial, ceiling, "");
    }

    /** As {@link #show(Trial, double)}, with {@code remark} at the end of the line. */
    public Figure show(Trial trial, double ceiling, String remark) {
        boolean same = trial.results().equals(baseline.results());
        var figure = new Figure(trial.strategy(), trial.speedupOver(baseline), ceiling);
        log.info(String.format(Locale.ROOT, "%-26s %8s   %s%s%s", trial.strategy(),
                Durations.format(trial.elapsed()), figure.describe(), remark,
                same ? "" : "   RESULTS DIFFER: " + trial.results()));
        chart(trial);
        if (!same) {
            differing.add(trial);
        }
        figures.add(figure);
        return figure;
    }

    /**
     * Amdahl's law read backwards from {@code figure} on {@code cores} cores: what share of this
     * run behaved as if parallel. It describes this run; it is no bound for other core counts,
     * since what looks serial here is mostly the tail of uneven tasks, which changes with n.
     */
    public void amdahl(Figure figure, int cores) {
        if (cores < 2) {
            log.info("Amdahl: on 1 core nothing runs in parallel, so there is no parallel share to read");
        } else if (figure.disturbed()) {
            log.info("Amdahl: no reading, {}'s figure was disturbed", figure.strategy());
        } else if (figure.atCeiling()) {
            log.info(String.format(Locale.ROOT, "Amdahl: %s reached its ceiling of %.1fx; this run"
                    + " behaved as if all of it were parallel", figure.strategy(), figure.ceiling()));
        } else {
            double parallel = Amdahl.parallelFraction(figure.speedup(), cores);
            log.info(String.format(Locale.ROOT, "Amdahl, read backwards: %.2fx on %d cores (%s) is what a"
                    + " run %.0f%% parallel and %.0f%% serial would give; this run behaved so because only"
                    + " one core was busy for part of it (its chart's tail: the last ranges cost more),"
                    + " not because of serial code", figure.speedup(), cores, figure.strategy(),
                    100 * parallel, 100 * (1 - parallel)));
        }
    }

    /** "every strategy got the same 148933 primes", or which strategies did not. */
    public String agreement(String unit) {
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
