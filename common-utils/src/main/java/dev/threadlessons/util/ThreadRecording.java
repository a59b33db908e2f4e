package dev.threadlessons.util;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedClass;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedThread;
import jdk.jfr.consumer.RecordingFile;

import dev.threadlessons.util.RecordedTimeline.Row;
import dev.threadlessons.util.RecordedTimeline.Span;
import dev.threadlessons.util.RecordedTimeline.State;

/**
 * Records what threads do with JDK Flight Recorder, in this JVM, around one scene of a demo, and
 * turns the record into a {@link RecordedTimeline}: the JVM's own account of which thread ran,
 * which one was blocked on a monitor and whose, which one was parked, which one slept.
 *
 * <pre>{@code
 * var recording = ThreadRecording.start();
 * ...the scene...
 * RecordedTimeline timeline = recording.stop(Path.of("target/pictures/scene.jfr"),
 *         name -> name.startsWith("customer-"));
 * }</pre>
 *
 * <p>The events, all from {@code jdk.jfr} (JDK 11 and newer, no flags needed): {@code
 * jdk.JavaMonitorEnter} (a thread blocked entering a {@code synchronized}; JFR names the
 * monitor's class and the previous owner), {@code jdk.JavaMonitorWait}, {@code jdk.ThreadPark}
 * (the class of the object parked on: a lock, a latch, a semaphore), {@code jdk.ThreadSleep}, and
 * the demo's own tasks ({@link TaskEvent}, from {@link Timeline}). JFR's default settings keep
 * only waits of 20 ms or more; here every threshold is zero, so that short waits are kept too.
 * Stack traces are left out, which keeps the file small. A wait still in progress when the
 * recording stops is not in it: JFR writes an event when the wait ends. In a thread that runs
 * tasks, the waits after its last task are not drawn: they belong to the thread's ending (it
 * takes its thread group's monitor, for one). A scene whose threads go on working after the tasks
 * on its timeline (a pool thread of which one task in many is sampled) keeps them: see
 * {@link #read(Path, Predicate, boolean)}.
 *
 * <p>Thread-safety: not thread-safe; start and stop it from one thread. The scene's threads need
 * nothing: JFR records them wherever they run.
 */
public final class ThreadRecording implements AutoCloseable {

    private static final String MONITOR_ENTER = "jdk.JavaMonitorEnter";
    private static final String MONITOR_WAIT = "jdk.JavaMonitorWait";
    private static final String PARK = "jdk.ThreadPark";
    private static final String SLEEP = "jdk.ThreadSleep";

    /**
     * One recorded scene: what it returned, its timeline, and the files written for it.
     *
     * @param result   what the scene returned
     * @param timeline what the scene's threads did
     * @param svg      its picture
     * @param jfr      the recording itself, for {@code jfr print} or JDK Mission Control
     * @param <T>      the type of the scene's result
     */
    public record Scene<T>(T result, RecordedTimeline timeline, Path svg, Path jfr) {

        /** Where the picture and the recording are, relative to the working directory when they are under it. */
        public String files() {
            return shortest(svg) + " (recording: " + shortest(jfr) + ")";
        }

        private static String shortest(Path file) {
            Path here = Path.of("").toAbsolutePath();
            Path absolute = file.toAbsolutePath();
            return absolute.startsWith(here) ? here.relativize(absolute).toString() : absolute.toString();
        }
    }

    private final Recording recording;

    private ThreadRecording(Recording recording) {
        this.recording = recording;
    }

    /** Starts recording now. */
    public static ThreadRecording start() {
        var recording = new Recording();
        recording.setName("threadlessons scene");
        for (String event : List.of(MONITOR_ENTER, MONITOR_WAIT, PARK, SLEEP, TaskEvent.NAME)) {
            recording.enable(event).withThreshold(Duration.ZERO).withoutStackTrace();
        }
        recording.setToDisk(true);
        recording.start();
        return new ThreadRecording(recording);
    }

    /**
     * Stops recording, writes the record to {@code jfrFile} (creating its folder, in one step:
     * {@link AtomicFile}), and reads it back as the timeline of the threads whose names
     * {@code inScene} accepts.
     */
    public RecordedTimeline stop(Path jfrFile, Predicate<String> inScene) {
        return stop(jfrFile, inScene, false);
    }

    /**
     * Stops recording and writes the record to {@code jfrFile}, as {@link #stop(Path, Predicate)}
     * does; the timeline keeps the waits after a thread's last task when {@code waitsAfterLastTask}.
     */
    public RecordedTimeline stop(Path jfrFile, Predicate<String> inScene, boolean waitsAfterLastTask) {
        recording.stop();
        try {
            // Read back from the new file before it replaces the old one, so that the timeline is
            // this recording's even if another run writes the same file at the same moment.
            var timeline = new RecordedTimeline[1];
            AtomicFile.write(jfrFile, written -> {
                recording.dump(written);
                timeline[0] = read(written, inScene, waitsAfterLastTask);
            });
            return timeline[0];
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            recording.close();
        }
    }

    /**
     * Runs {@code scene} on the calling thread inside a recording, and writes its recording and
     * its picture as {@code <name>.jfr} and {@code <name>.svg} in the {@code target/pictures}
     * folder of {@code demo}'s module ({@link ModuleFolder}). Only the threads {@code inScene}
     * accepts are drawn; the recording file keeps everything. If {@code scene} throws, the
     * recording is discarded and nothing is written.
     */
    public static <T, E extends Exception> Scene<T> recordScene(Class<?> demo, String name, String title,
            Predicate<String> inScene, Timing.Task<T, E> scene) throws E {
        return recordScene(demo, name, title, inScene, false, scene);
    }

    /**
     * Records and draws a scene as {@link #recordScene(Class, String, String, Predicate,
     * Timing.Task)} does; the picture keeps the waits after a thread's last task when {@code
     * waitsAfterLastTask}.
     */
    public static <T, E extends Exception> Scene<T> recordScene(Class<?> demo, String name, String title,
            Predicate<String> inScene, boolean waitsAfterLastTask, Timing.Task<T, E> scene) throws E {
        Path folder = ModuleFolder.targetFolder(demo, "pictures");
        T result;
        RecordedTimeline timeline;
        try (var recording = start()) {
            result = scene.run();
            timeline = recording.stop(folder.resolve(name + ".jfr"), inScene, waitsAfterLastTask);
        }
        Path svg = TimelinePicture.writeSvg(timeline, title, folder.resolve(name + ".svg"));
        return new Scene<>(result, timeline, svg, folder.resolve(name + ".jfr"));
    }

    /** Stops and discards the recording, if it still runs. */
    @Override
    public void close() {
        recording.close();
    }

    /**
     * The timeline of the threads {@code inScene} accepts, read from a recording file, without the
     * waits after a thread's last task.
     */
    public static RecordedTimeline read(Path jfrFile, Predicate<String> inScene) throws IOException {
        return read(jfrFile, inScene, false);
    }

    /**
     * The timeline of the threads {@code inScene} accepts, read from a recording file; with the
     * waits after a thread's last task only when {@code waitsAfterLastTask}.
     */
    public static RecordedTimeline read(Path jfrFile, Predicate<String> inScene, boolean waitsAfterLastTask)
            throws IOException {
        var events = new ArrayList<RecordedEvent>();
        for (RecordedEvent event : RecordingFile.readAllEvents(jfrFile)) {
            RecordedThread thread = event.getThread();
            if (thread != null && thread.getJavaName() != null && inScene.test(thread.getJavaName())
                    && stateOf(event) != null) {
                events.add(event);
            }
        }
        if (!waitsAfterLastTask) {
            events.removeIf(event -> afterTheLastTask(event, events));
        }
        if (events.isEmpty()) {
            return new RecordedTimeline(Duration.ZERO, List.of());
        }
        events.sort(Comparator.comparing(RecordedEvent::getStartTime));
        Instant origin = events.get(0).getStartTime();
        Instant last = events.stream().map(RecordedEvent::getEndTime).max(Comparator.naturalOrder()).orElse(origin);
        Map<String, List<Span>> spansByThread = new LinkedHashMap<>();
        for (RecordedEvent event : events) {
            spansByThread.computeIfAbsent(event.getThread().getJavaName(), name -> new ArrayList<>())
                    .add(new Span(stateOf(event), Duration.between(origin, event.getStartTime()),
                            Duration.between(origin, event.getEndTime()), labelOf(event)));
        }
        var rows = new ArrayList<Row>();
        spansByThread.forEach((thread, spans) -> rows.add(new Row(thread, spans)));
        return new RecordedTimeline(Duration.between(origin, last), rows);
    }

    /**
     * Whether {@code event} is a wait that starts after the last task of its thread has ended:
     * part of the thread's ending, not of the scene.
     */
    private static boolean afterTheLastTask(RecordedEvent event, List<RecordedEvent> events) {
        if (stateOf(event) == State.TASK) {
            return false;
        }
        long thread = event.getThread().getJavaThreadId();
        return events.stream()
                .filter(other -> stateOf(other) == State.TASK && other.getThread().getJavaThreadId() == thread)
                .map(RecordedEvent::getEndTime)
                .max(Comparator.naturalOrder())
                .map(lastEnd -> !event.getStartTime().isBefore(lastEnd))
                .orElse(false);
    }

    private static State stateOf(RecordedEvent event) {
        return switch (event.getEventType().getName()) {
            case TaskEvent.NAME -> State.TASK;
            case MONITOR_ENTER -> State.BLOCKED;
            case MONITOR_WAIT -> State.WAITING;
            case PARK -> State.PARKED;
            case SLEEP -> State.SLEEPING;
            default -> null;
        };
    }

    private static String labelOf(RecordedEvent event) {
        return switch (stateOf(event)) {
            case TASK -> taskName(event);
            case BLOCKED -> "monitor of " + simpleName(event.getClass("monitorClass"))
                    + owner(event.getThread("previousOwner"));
            case WAITING -> "wait() on " + simpleName(event.getClass("monitorClass"));
            case PARKED -> "parked on " + simpleName(event.getClass("parkedClass"));
            case SLEEPING -> "sleep";
        };
    }

    /**
     * The task's name as JFR kept it, else as this JVM numbered it ({@link TaskEvent}), else
     * {@code "a task"}: a recording made by an older build has no number.
     */
    private static String taskName(RecordedEvent event) {
        String name = event.getString("task");
        if (name == null && event.hasField("taskNumber")) {
            name = TaskEvent.nameOf(event.getLong("taskNumber"));
        }
        return name == null ? "a task" : name;
    }

    private static String owner(RecordedThread owner) {
        return owner == null || owner.getJavaName() == null ? "" : ", held by " + owner.getJavaName();
    }

    /**
     * A class name for people: no package, and the synchronizer rather than its inner helper
     * ({@code ReentrantLock$NonfairSync} becomes {@code ReentrantLock}, {@code
     * AbstractQueuedSynchronizer$ConditionObject} becomes {@code Condition}).
     */
    static String simpleName(RecordedClass type) {
        if (type == null) {
            return "an object";
        }
        String name = type.getName();
        name = name.substring(name.lastIndexOf('.') + 1);
        if (name.endsWith("$ConditionObject")) {
            return "Condition";
        }
        int inner = name.indexOf('$');
        if (inner > 0 && name.substring(inner).matches("\\$(Nonfair|Fair)?Sync")) {
            return name.substring(0, inner);
        }
        return name;
    }
}
