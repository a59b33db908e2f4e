package dev.threadlessons.speedup;

import java.util.ArrayList;
import java.util.List;

import dev.threadlessons.util.Timeline;

/**
 * The baseline: every job on the calling thread, each one starting when the previous one has
 * finished. Its wall time is the sum of the jobs' times, and its timeline is a staircase.
 *
 * <p>Thread-safety: stateless; starts no thread.
 */
public final class Sequential implements Strategy<Job> {

    @Override
    public String name() {
        return "one after another";
    }

    // tag::run[]
    @Override
    public List<Long> run(List<? extends Job> jobs, Timeline timeline) throws InterruptedException {
        var results = new ArrayList<Long>(jobs.size());
        for (Job job : jobs) {
            results.add(timeline.record(job.name(), job::run));
        }
        return results;
    }
    // end::run[]
}
