package dev.threadlessons.util;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.slf4j.Logger;

/**
 * The pictures a demo draws of its scenes: each scene runs inside a JDK Flight Recorder recording
 * ({@link ThreadRecording}), its timeline is printed as a text chart, and its picture and
 * recording are written under the module's {@code target/pictures}. At the end the demo lists
 * the files with {@link #listFiles()}.
 *
 * <pre>{@code
 * static final CommandLine CLI = ScenePictures.declare(CommandLine.forLesson("06-locks")).build();
 * ...
 * var pictures = ScenePictures.forDemo(Demo.class, arguments, LOG);
 * var outcome = pictures.record("synchronized-account", "customer-2 waits for the monitor",
 *         thread -> thread.startsWith("customer-"), () -> play(...));
 * ...
 * pictures.listFiles();
 * }</pre>
 *
 * <p>With {@code --pictures off} a scene simply runs: nothing is recorded, drawn or written.
 *
 * <p>Thread-safety: not thread-safe; the demo's main thread uses it. The scenes' own threads
 * need nothing from it.
 */
public final class ScenePictures {

    /** The option that switches the pictures on and off. */
    public static final String OPTION = "pictures";
    /** The width of the text chart, in columns of bars. */
    private static final int CHART_WIDTH = 60;

    private final Class<?> demo;
    private final boolean enabled;
    private final Logger log;
    private final boolean charts;
    private final boolean waitsAfterLastTask;
    private final List<ThreadRecording.Scene<?>> scenes = new ArrayList<>();

    private ScenePictures(Class<?> demo, boolean enabled, Logger log, boolean charts, boolean waitsAfterLastTask) {
        this.demo = demo;
        this.enabled = enabled;
        this.log = log;
        this.charts = charts;
        this.waitsAfterLastTask = waitsAfterLastTask;
    }

    /** Declares {@code --pictures on|off} (default {@code on}) on a demo's command line. */
    public static CommandLine.Builder declare(CommandLine.Builder cli) {
        return cli.choice(OPTION, "on", "draw scenes from a Flight Recorder recording", "on", "off");
    }

    /** The pictures of {@code demo}'s run, on or off as {@code arguments} say. */
    public static ScenePictures forDemo(Class<?> demo, CommandLine.Arguments arguments, Logger log) {
        return new ScenePictures(demo, arguments.value(OPTION).equals("on"), log, true, false);
    }

    /**
     * The same pictures, without the text chart of each scene in the log: for a demo that prints
     * charts of its own.
     */
    public ScenePictures withoutTextCharts() {
        return new ScenePictures(demo, enabled, log, false, waitsAfterLastTask);
    }

    /**
     * The same pictures, with each thread's waits after its last task drawn too: for a scene whose
     * threads go on working after the tasks on its timeline, such as a pool thread of which one
     * task in many is sampled. Without it those waits are left out as the thread's ending
     * ({@link ThreadRecording}).
     */
    public ScenePictures withWaitsAfterLastTask() {
        return new ScenePictures(demo, enabled, log, charts, true);
    }

    /** Whether scenes are recorded and drawn ({@code --pictures on}). */
    public boolean on() {
        return enabled;
    }

    /**
     * Runs {@code scene} and returns what it returned. When pictures are on, the scene runs
     * inside a recording; then the threads that {@code inScene} accepts are drawn, as a text chart
     * in the log and as {@code <name>.svg} titled {@code title}, beside {@code <name>.jfr}.
     * {@code inScene} is asked only after {@code scene} has returned, so it may use what the scene
     * found out, such as the names of the threads it started.
     */
    public <T, E extends Exception> T record(String name, String title, Predicate<String> inScene,
            Timing.Task<T, E> scene) throws E {
        if (!enabled) {
            return scene.run();
        }
        var recorded = ThreadRecording.recordScene(demo, name, title, inScene, waitsAfterLastTask, scene);
        if (charts) {
            log.info("what Flight Recorder saw:");
            TimelinePicture.text(recorded.timeline(), CHART_WIDTH).lines().forEach(log::info);
        }
        scenes.add(recorded);
        return recorded.result();
    }

    /** The scenes recorded so far, in the order they ran. */
    public List<ThreadRecording.Scene<?>> scenes() {
        return List.copyOf(scenes);
    }

    /** Logs where each scene's picture and recording are; nothing when pictures are off. */
    public void listFiles() {
        if (scenes.isEmpty()) {
            return;
        }
        log.info("pictures of {} scene{}, drawn from Flight Recorder's record (open the .svg in a browser):",
                scenes.size(), scenes.size() == 1 ? "" : "s");
        scenes.forEach(scene -> log.info("  {}", scene.files()));
    }
}
