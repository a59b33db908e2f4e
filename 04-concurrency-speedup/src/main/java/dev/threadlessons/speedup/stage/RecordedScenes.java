package dev.threadlessons.speedup.stage;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import dev.threadlessons.speedup.FixedPool;
import dev.threadlessons.speedup.Job;
import dev.threadlessons.speedup.PrimeRange;
import dev.threadlessons.speedup.RoundRobin;
import dev.threadlessons.speedup.Sequential;
import dev.threadlessons.speedup.Strategy;
import dev.threadlessons.speedup.ThreadPerTask;
import dev.threadlessons.util.ScenePictures;

/**
 * One more run of four of the lesson's ways, each recorded by JDK Flight Recorder and drawn: one
 * after another (each task on the calling thread, once the one before has ended), a thread per
 * task (every task in progress together, more threads than cores), a pool of 2 threads (two at a
 * time), and one thread taking turns (chunks of every task, one after another). These runs are not measured: the recording would
 * disturb the figures, so the measured runs come before them, unrecorded.
 *
 * <p>Thread-safety: stateless; call {@link #draw} from the demo's main thread.
 */
public final class RecordedScenes {

    /** A picture: its file name, its title, and the way it shows. */
    private record Scene(String name, String title, Strategy<Job> strategy) {
    }

    private static final List<Scene> SCENES = List.of(
            new Scene("one-after-another", "one after another: each task starts when the one before ends",
                    new Sequential()),
            new Scene("a-thread-each", "a thread per task: every task in progress together, on "
                    + SpeedupOptions.CORES + (SpeedupOptions.CORES == 1 ? " core" : " cores"), new ThreadPerTask()),
            new Scene("pool-of-2", "a pool of 2 threads: two tasks at a time", new FixedPool(2)),
            new Scene("taking-turns", "taking turns: chunks of every task on one thread", new RoundRobin()));

    private RecordedScenes() {
    }

    /** The names of the pictures {@link #draw} makes, in order. */
    public static List<String> names() {
        return SCENES.stream().map(Scene::name).toList();
    }

    /** Runs {@code jobs} once each way inside a recording, and draws it with {@code pictures}. */
    public static void draw(ScenePictures pictures, List<PrimeRange> jobs) throws Exception {
        for (Scene scene : SCENES) {
            // Only the threads that ran a job are drawn; which ones they are is known once the
            // run is over, which is when the recording asks.
            Set<String> ranAJob = ConcurrentHashMap.newKeySet();
            pictures.record(scene.name(), scene.title(), ranAJob::contains, () -> {
                var trial = Trial.run(scene.strategy(), jobs);
                trial.timeline().spans().forEach(span -> ranAJob.add(span.thread()));
                return trial;
            });
        }
    }
}
