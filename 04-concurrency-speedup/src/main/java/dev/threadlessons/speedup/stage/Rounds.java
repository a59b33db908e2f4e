package dev.threadlessons.speedup.stage;

import java.util.ArrayList;
import java.util.List;

import dev.threadlessons.speedup.Job;
import dev.threadlessons.speedup.Strategy;

/**
 * Measures several strategies on one workload the same way, baseline included: one warm-up round
 * on a small workload (it loads the classes and lets the JIT compile the hot code), then
 * {@code runs} rounds in which every strategy runs once, in turn. Interleaving the rounds spreads
 * a change in the machine's load over all strategies instead of one; each strategy's median
 * trial is what the demo reports.
 *
 * <p>Thread-safety: stateless; runs on the calling thread, one strategy at a time.
 */
public final class Rounds {

    private Rounds() {
    }

    /** The median trial of each of {@code strategies}, in their order. */
    public static <J extends Job> List<Trial> medians(List<? extends Strategy<? super J>> strategies,
                                                      List<J> warmUp, List<J> jobs, int runs)
            throws Exception {
        if (runs < 1) {
            throw new IllegalArgumentException("need at least one run, was " + runs);
        }
        for (var strategy : strategies) {
            Trial.run(strategy, warmUp);
        }
        var trials = new ArrayList<List<Trial>>();
        strategies.forEach(strategy -> trials.add(new ArrayList<>()));
        for (int round = 0; round < runs; round++) {
            for (int i = 0; i < strategies.size(); i++) {
                trials.get(i).add(Trial.run(strategies.get(i), jobs));
            }
        }
        return trials.stream().map(Trial::median).toList();
    }
}
