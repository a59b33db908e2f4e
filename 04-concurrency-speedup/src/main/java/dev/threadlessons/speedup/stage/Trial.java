package dev.threadlessons.speedup.stage;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import dev.threadlessons.speedup.Job;
import dev.threadlessons.speedup.Strategy;
import dev.threadlessons.util.Timeline;
import dev.threadlessons.util.Timing;

/**
 * One strategy run once on one workload: its results, its wall time, and the timeline of what
 * ran where. A single run is a measurement, not a benchmark: it varies from run to run, and more
 * on a busy machine, which is why the demo reports the median of several ({@link Rounds}).
 *
 * <p>Thread-safety: immutable once made; {@link #run} returns after the strategy has ended all
 * its threads, so the timeline is complete.
 *
 * @param strategy the strategy's name
 * @param results  the job results, in job order
 * @param elapsed  the wall time of the whole run
 * @param timeline every job or chunk, with its thread and its start and end
 */
public record Trial(String strategy, List<Long> results, Duration elapsed, Timeline timeline) {

    /** Runs {@code jobs} with {@code strategy} and measures it. */
    public static <J extends Job> Trial run(Strategy<J> strategy, List<? extends J> jobs)
            throws Exception {
        var timeline = new Timeline();
        var timed = Timing.timed(() -> strategy.run(jobs, timeline));
        return new Trial(strategy.name(), List.copyOf(timed.result()), timed.elapsed(), timeline);
    }

    /** The trial with the median wall time (the lower middle one of an even number). */
    public static Trial median(List<Trial> trials) {
        if (trials.isEmpty()) {
            throw new IllegalArgumentException("no trials");
        }
        var sorted = trials.stream().sorted(Comparator.comparing(Trial::elapsed)).toList();
        return sorted.get((sorted.size() - 1) / 2);
    }

    /** How many times faster than {@code baseline} this run was; below 1 means slower. */
    public double speedupOver(Trial baseline) {
        return (double) baseline.elapsed.toNanos() / Math.max(1, elapsed.toNanos());
    }

    /** The sum of the results: the number of primes, or of replies received. */
    public long total() {
        return results.stream().mapToLong(Long::longValue).sum();
    }

    /**
     * How long after the start every job had begun: the start of the job that began last. One
     * after another, that is nearly the whole run; taking turns, it is one round of chunks.
     */
    public Duration everyJobStartedAfter() {
        Map<String, Duration> firstStart = timeline.spans().stream()
                .collect(Collectors.toMap(Timeline.Span::task, Timeline.Span::start,
                        (one, other) -> one.compareTo(other) <= 0 ? one : other));
        return firstStart.values().stream().max(Comparator.naturalOrder()).orElse(Duration.ZERO);
    }

    /** The lengths of the spans recorded under {@code task}, in the order they started. */
    public List<Duration> durationsOf(String task) {
        return timeline.spans().stream()
                .filter(span -> span.task().equals(task))
                .map(span -> span.end().minus(span.start()))
                .collect(Collectors.toList());
    }
}
