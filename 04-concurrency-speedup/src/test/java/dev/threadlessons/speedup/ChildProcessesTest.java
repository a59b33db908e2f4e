package dev.threadlessons.speedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import dev.threadlessons.util.ChildJvm;
import dev.threadlessons.util.Timeline;

class ChildProcessesTest {

    private static final List<PrimeRange> RANGES = PrimeRange.split(100_000, 3, 1);

    @Test
    void aChildRunsTheSameJavaWithOnlyTheFolderOfItsMainClassOnTheClasspath() {
        var command = ChildJvm.command(PrimeWorker.class, List.of("0-10"));
        assertEquals(ProcessHandle.current().info().command().orElseThrow(), command.get(0));
        assertEquals("-cp", command.get(1));
        assertTrue(Files.exists(ChildJvm.classpathOf(PrimeWorker.class)
                .resolve("dev/threadlessons/speedup/PrimeWorker.class")), command.get(2));
        assertEquals(List.of(PrimeWorker.class.getName(), "0-10"), command.subList(3, 5));
    }

    @Test
    void childJvmsCountTheSamePrimesAndTheTimelineShowsTheirStartUp() throws Exception {
        var timeline = new Timeline();
        var results = new ChildProcesses(2, Duration.ofMinutes(1)).run(RANGES, timeline);
        assertEquals(RANGES.stream().map(PrimeRange::run).collect(Collectors.toList()), results);
        var startUps = timeline.spans().stream()
                .filter(span -> span.task().equals(ChildConversation.STARTUP))
                .map(Timeline.Span::thread)
                .sorted()
                .collect(Collectors.toList());
        assertEquals(List.of("child-jvm-1", "child-jvm-2"), startUps);
    }

    @Test
    void aChildThatFailsIsReportedWithItsStatusAndItsLastOutput() {
        var failure = assertThrows(ChildProcessException.class,
                () -> new ChildProcesses(1, Duration.ofMinutes(1), FailingChild.class)
                        .run(RANGES, new Timeline()));
        assertTrue(failure.getMessage().contains("exited with status 1 after 0 of 3 answers"),
                failure.getMessage());
        assertTrue(failure.getMessage().contains("FailingChild refuses to count 0-33333 33333-66666"),
                failure.getMessage());
        assertNoChildAlive();
    }

    @Test
    void aChildThatNeverAnswersIsDestroyedAtTheDeadlineInsteadOfHangingTheParent() {
        var failure = assertThrows(ChildProcessException.class,
                () -> new ChildProcesses(2, Duration.ofSeconds(2), SilentChild.class)
                        .run(RANGES, new Timeline()));
        assertTrue(failure.getMessage().contains("did not finish within 2.00 s and was destroyed"),
                failure.getMessage());
        assertNoChildAlive();
    }

    @Test
    void rejectsAPoolOfNoProcessesOrNoTime() {
        assertThrows(IllegalArgumentException.class, () -> new ChildProcesses(0, Duration.ofSeconds(1)));
        assertThrows(IllegalArgumentException.class, () -> new ChildProcesses(1, Duration.ZERO));
    }

    private static void assertNoChildAlive() {
        var alive = ProcessHandle.current().children().filter(ProcessHandle::isAlive)
                .collect(Collectors.toList());
        assertEquals(List.of(), alive, "children still alive");
    }
}
