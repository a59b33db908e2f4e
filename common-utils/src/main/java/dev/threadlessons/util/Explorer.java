package dev.threadlessons.util;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Tries every schedule of a small scene on real threads: a small model checker. A schedule is the
 * order in which the scene's threads take their steps; the explorer plays each one from the
 * start, with a fresh level each time, until no thread can move, and counts the schedules that
 * break the scene ({@link Level#outcome(Stepper)}).
 *
 * <p>The scenes of the lessons have a few steps per thread, so a few dozen to a few hundred
 * schedules; {@code maxSteps} bounds a scene that would go on for ever.
 *
 * <p>Thread-safety: stateless; each schedule runs on threads of its own, ended before the next.
 */
public final class Explorer {

    /**
     * What exploring a scene found.
     *
     * @param schedules     how many complete schedules were tried
     * @param breaking      how many of them broke the scene
     * @param firstBreaking the moves of the first breaking schedule found, as thread numbers from 1
     * @param firstOutcome  what that schedule broke, in the level's words
     */
    public record Report(int schedules, int breaking, Optional<List<Integer>> firstBreaking,
                         Optional<String> firstOutcome) {

        /** Whether no schedule broke the scene. */
        public boolean unbreakable() {
            return breaking == 0;
        }
    }

    private Explorer() {
    }

    /** Every schedule of the scene {@code levels} makes, each at most {@code maxSteps} steps long. */
    public static Report explore(Supplier<Level> levels, int maxSteps) {
        var found = new int[2];
        var first = new ArrayList<List<Integer>>();
        var firstOutcome = new ArrayList<String>();
        explore(levels, new ArrayList<>(), maxSteps, found, first, firstOutcome);
        return new Report(found[0], found[1],
                first.isEmpty() ? Optional.empty() : Optional.of(first.get(0)),
                firstOutcome.isEmpty() ? Optional.empty() : Optional.of(firstOutcome.get(0)));
    }

    private static void explore(Supplier<Level> levels, List<Integer> prefix, int maxSteps, int[] found,
                                List<List<Integer>> first, List<String> firstOutcome) {
        List<Integer> next;
        Optional<String> outcome;
        try (var stepper = Stepper.quiet()) {
            Level level = levels.get();
            level.start(stepper);
            for (int move : prefix) {
                stepper.allow(stepper.views().get(move - 1).name());
            }
            outcome = level.outcome(stepper);
            next = stepper.views().stream().filter(view -> view.status() == Stepper.Status.READY)
                    .map(Stepper.View::number).toList();
        }
        if (outcome.isPresent() || next.isEmpty() || prefix.size() >= maxSteps) {
            found[0]++;
            if (outcome.isPresent()) {
                found[1]++;
                if (first.isEmpty()) {
                    first.add(List.copyOf(prefix));
                    firstOutcome.add(outcome.get());
                }
            }
            return;
        }
        for (int move : next) {
            var longer = new ArrayList<>(prefix);
            longer.add(move);
            explore(levels, longer, maxSteps, found, first, firstOutcome);
        }
    }
}
