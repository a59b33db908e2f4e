package dev.threadlessons.util;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.threadlessons.testing.DemoOutput;
import dev.threadlessons.testing.DemoRun;
import dev.threadlessons.testing.LogLine;
import dev.threadlessons.testing.TestThreads;
import dev.threadlessons.util.RecordedTimeline.State;

/**
 * A demo's pictures, as a small demo of two scenes uses them: with {@code --pictures on} each
 * scene is recorded, charted in the log and listed at the end; with {@code --pictures off} the
 * scenes only run.
 */
class ScenePicturesTest {

    private static final Logger LOG = LoggerFactory.getLogger(ScenePicturesTest.class);
    private static final CommandLine CLI = ScenePictures.declare(CommandLine.forLesson("common-utils")).build();

    /** What the last run of {@link #demo} drew, for the test to read after the run. */
    private final AtomicReference<ScenePictures> drawn = new AtomicReference<>();

    /**
     * A demo of two scenes, each a thread named by the scene that sleeps in a task and then once
     * more after it; {@code adjust} may change the pictures before the scenes run.
     */
    private DemoOutput demo(UnaryOperator<ScenePictures> adjust, String... args) throws Exception {
        return DemoRun.of(arguments -> {
            var pictures = adjust.apply(ScenePictures.forDemo(ScenePicturesTest.class, CLI.parse(arguments), LOG));
            drawn.set(pictures);
            for (String scene : List.of("first-scene", "second-scene")) {
                var started = new AtomicReference<String>();
                String result = pictures.record(scene, "a test scene: " + scene,
                        // Asked after the scene has returned, so it may use what the scene found out.
                        thread -> thread.equals(started.get()),
                        () -> {
                            var timeline = new Timeline();
                            // The sleeps are what is recorded, not a way to order threads.
                            TestThreads.run(scene + "-thread", () -> {
                                timeline.run("the task of " + scene, () -> Thread.sleep(2));
                                Thread.sleep(2);
                            }).result();
                            started.set(scene + "-thread");
                            return scene + " ran";
                        });
                LOG.info("{}", result);
            }
            pictures.listFiles();
            return 0;
        }, args);
    }

    @Test
    void withPicturesOnEachSceneIsRecordedChartedAndListedAtTheEnd() throws Exception {
        var output = demo(UnaryOperator.identity(), "--pictures", "on");

        var pictures = drawn.get();
        assertTrue(pictures.on());
        assertEquals(List.of("first-scene ran", "second-scene ran"),
                output.linesWhere(message -> message.endsWith(" ran")).stream().map(LogLine::message).toList());
        assertEquals(2, output.linesWhere(message -> message.equals("what Flight Recorder saw:")).size(), output::toString);
        assertEquals(1, output.linesWhere(message -> message.startsWith("first-scene-thread") && message.contains("|")).size(),
                () -> "the first chart's one row: " + output);
        assertTrue(output.lineContaining("A = the task of first-scene").isPresent(), () -> "its legend: " + output);

        var scenes = pictures.scenes();
        assertEquals(2, scenes.size());
        for (var scene : scenes) {
            assertTrue(Files.readString(scene.svg()).startsWith("<svg "), scene.svg()::toString);
            assertTrue(Files.size(scene.jfr()) > 0, scene.jfr()::toString);
            assertTrue(output.lineContaining(scene.files()).isPresent(), () -> scene.files() + " not listed: " + output);
        }
        assertTrue(output.lineContaining("pictures of 2 scenes, drawn from Flight Recorder's record").isPresent(),
                output::toString);
        assertEquals(List.of("first-scene-thread"),
                scenes.get(0).timeline().rows().stream().map(RecordedTimeline.Row::thread).toList(),
                "only the thread the scene names is drawn");
    }

    @Test
    void withPicturesOffTheScenesOnlyRun() throws Exception {
        var output = demo(UnaryOperator.identity(), "--pictures", "off");

        assertFalse(drawn.get().on());
        assertEquals(List.of(), drawn.get().scenes());
        assertEquals(List.of("first-scene ran", "second-scene ran"), output.messages(), output::toString);
    }

    @Test
    void withoutTextChartsTheScenesAreDrawnAndListedButNotCharted() throws Exception {
        var output = demo(ScenePictures::withoutTextCharts, "--pictures", "on");

        assertEquals(2, drawn.get().scenes().size());
        assertTrue(output.lineContaining("what Flight Recorder saw:").isEmpty(), output::toString);
        assertTrue(output.lineContaining("pictures of 2 scenes").isPresent(), output::toString);
    }

    @Test
    void theSleepAfterAThreadsLastTaskIsDrawnOnlyWithWaitsAfterLastTask() throws Exception {
        demo(UnaryOperator.identity(), "--pictures", "on");
        var row = drawn.get().scenes().get(0).timeline().row("first-scene-thread").orElseThrow();
        assertEquals(1, row.spans(State.SLEEPING).size(), () -> "only the sleep inside the task: " + row);

        demo(ScenePictures::withWaitsAfterLastTask, "--pictures", "on");
        var whole = drawn.get().scenes().get(0).timeline().row("first-scene-thread").orElseThrow();
        assertEquals(2, whole.spans(State.SLEEPING).size(), () -> "the sleep after the task too: " + whole);
    }

    @Test
    void oneSceneIsListedAsOnePictureAndNoSceneListsNothing() throws Exception {
        var one = DemoRun.of(arguments -> {
            var pictures = ScenePictures.forDemo(ScenePicturesTest.class, CLI.parse(arguments), LOG);
            pictures.record("only-scene", "one scene", thread -> false, () -> null);
            pictures.listFiles();
            return 0;
        });
        assertTrue(one.lineContaining("pictures of 1 scene, drawn").isPresent(), one::toString);

        var none = DemoRun.of(arguments -> {
            ScenePictures.forDemo(ScenePicturesTest.class, CLI.parse(arguments), LOG).listFiles();
            return 0;
        });
        assertTrue(none.loggedNothing(), none::toString);
    }
}
