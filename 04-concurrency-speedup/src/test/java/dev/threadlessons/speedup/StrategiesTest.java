package dev.threadlessons.speedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import dev.threadlessons.testing.TestThreads;
import dev.threadlessons.testing.ThreadWaits;
import dev.threadlessons.util.Timeline;

class StrategiesTest {

    private static final List<PrimeRange> RANGES = PrimeRange.split(200_000, 5, 3);

    static Stream<Strategy<? super PrimeRange>> everyStrategy() {
        return Stream.of(new Sequential(), new ThreadPerTask(), new FixedPool(3), new ParallelStream(),
                new RoundRobin(), new ChildProcesses(2, Duration.ofMinutes(1)));
    }

    static Stream<Strategy<Job>> strategiesForAnyJob() {
        return Stream.of(new Sequential(), new ThreadPerTask(), new FixedPool(2), new RoundRobin());
    }

    @ParameterizedTest
    @MethodSource("everyStrategy")
    void everyStrategyFindsTheSamePrimesInTheOrderOfTheJobs(Strategy<? super PrimeRange> strategy)
            throws Exception {
        var results = strategy.run(RANGES, new Timeline());
        assertEquals(RANGES.stream().map(PrimeRange::run).collect(Collectors.toList()), results);
        assertEquals(17_984, results.stream().mapToLong(Long::longValue).sum(), "primes below 200000");
    }

    @ParameterizedTest
    @MethodSource("strategiesForAnyJob")
    void everyChunkOfEveryJobRunsExactlyOnce(Strategy<Job> strategy) throws Exception {
        var jobs = IntStream.rangeClosed(1, 6).mapToObj(i -> new CountingJob("job-" + i, 4))
                .collect(Collectors.toList());
        var results = strategy.run(jobs, new Timeline());
        for (int i = 0; i < jobs.size(); i++) {
            assertEquals(List.of(1, 1, 1, 1), jobs.get(i).runsPerChunk(), jobs.get(i).name());
            assertEquals(jobs.get(i).expectedResult(), results.get(i));
        }
    }

    @Test
    void aThreadPerTaskRunsEveryJobAtTheSameTimeOnItsOwnNamedThread() throws Exception {
        var barrier = new CyclicBarrier(4);
        var jobs = IntStream.rangeClosed(1, 4).mapToObj(i -> new BarrierJob("job-" + i, barrier))
                .collect(Collectors.toList());
        var timeline = new Timeline();
        assertEquals(List.of(1L, 1L, 1L, 1L), new ThreadPerTask().run(jobs, timeline));
        assertEquals(Set.of("worker-1", "worker-2", "worker-3", "worker-4"), threadsOf(timeline));
    }

    @Test
    void aPoolRunsAsManyJobsAtOnceAsItHasThreads() throws Exception {
        var barrier = new CyclicBarrier(3);
        var jobs = IntStream.rangeClosed(1, 3).mapToObj(i -> new BarrierJob("job-" + i, barrier))
                .collect(Collectors.toList());
        var timeline = new Timeline();
        assertEquals(List.of(1L, 1L, 1L), new FixedPool(3).run(jobs, timeline));
        assertEquals(Set.of("pool-worker-1", "pool-worker-2", "pool-worker-3"), threadsOf(timeline));
    }

    @Test
    void aPoolNeverUsesMoreThreadsThanItHas() throws Exception {
        var jobs = IntStream.rangeClosed(1, 10).mapToObj(i -> new CountingJob("job-" + i, 1))
                .collect(Collectors.toList());
        var timeline = new Timeline();
        new FixedPool(2).run(jobs, timeline);
        assertTrue(Set.of("pool-worker-1", "pool-worker-2").containsAll(threadsOf(timeline)),
                "threads used: " + threadsOf(timeline));
    }

    @Test
    void oneThreadTakingTurnsRunsChunkOneOfEveryJobBeforeChunkTwoOfAny() throws Exception {
        var jobs = List.of(new CountingJob("a", 3), new CountingJob("b", 3), new CountingJob("c", 2));
        var timeline = new Timeline();
        new RoundRobin().run(jobs, timeline);
        var order = timeline.spans().stream().map(Timeline.Span::task).collect(Collectors.toList());
        assertEquals(List.of("a", "b", "c", "a", "b", "c", "a", "b"), order);
        assertEquals(Set.of("single-worker"), threadsOf(timeline));
    }

    @Test
    void oneAfterAnotherIsAStaircaseOnTheCallingThread() throws Exception {
        var jobs = IntStream.rangeClosed(1, 5).mapToObj(i -> new CountingJob("job-" + i, 2))
                .collect(Collectors.toList());
        var timeline = new Timeline();
        new Sequential().run(jobs, timeline);
        var spans = timeline.spans();
        assertEquals(Set.of(Thread.currentThread().getName()), threadsOf(timeline));
        for (int i = 1; i < spans.size(); i++) {
            assertTrue(spans.get(i).start().compareTo(spans.get(i - 1).end()) >= 0,
                    "job " + (i + 1) + " starts only after job " + i + " ends");
        }
    }

    @Test
    void anInterruptedCallerInterruptsAndJoinsEveryWorkerBeforeItReturns() throws Exception {
        var workers = new CopyOnWriteArrayList<Thread>();
        var interrupted = new CountDownLatch(2);
        var aliveWhenRunEnded = new CopyOnWriteArrayList<String>();
        List<Job> jobs = IntStream.rangeClosed(1, 2).mapToObj(i -> (Job) new StubbornJob("job-" + i, workers, interrupted))
                .collect(Collectors.toList());
        var caller = TestThreads.start("caller", () -> {
            try {
                return new ThreadPerTask().run(jobs, new Timeline());
            } finally {
                workers.stream().filter(Thread::isAlive).forEach(worker -> aliveWhenRunEnded.add(worker.getName()));
            }
        });
        ThreadWaits.untilState(caller.thread(), Thread.State.WAITING);   // in join, every worker started
        caller.thread().interrupt();

        assertTrue(caller.failure() instanceof InterruptedException, "run() rethrows the interrupt");
        assertTrue(interrupted.await(10, TimeUnit.SECONDS), "every worker was interrupted");
        assertEquals(List.of(), aliveWhenRunEnded, "workers still running when run() returned");
    }

    /**
     * A job that waits until it is interrupted, then takes a while to stop (a latch nobody
     * counts down, 200 ms): a run that returns without joining its workers finds them still alive.
     */
    private record StubbornJob(String name, List<Thread> workers, CountDownLatch interrupted) implements Job {
        @Override
        public int chunkCount() {
            return 1;
        }

        @Override
        public long runChunk(int chunk) throws InterruptedException {
            workers.add(Thread.currentThread());
            try {
                new CountDownLatch(1).await();
                return 0;
            } catch (InterruptedException e) {
                interrupted.countDown();
                new CountDownLatch(1).await(200, TimeUnit.MILLISECONDS);
                throw e;
            }
        }
    }

    private static Set<String> threadsOf(Timeline timeline) {
        return timeline.spans().stream().map(Timeline.Span::thread).collect(Collectors.toSet());
    }

    @Test
    void everyStrategyIsNamedAsTheDemoPrintsIt() {
        assertEquals(List.of("one after another", "a thread per task", "a pool of 3 threads", "a pool of 1 thread",
                        "a parallel stream", "one thread taking turns", "2 child JVMs", "1 child JVM"),
                Stream.of(new Sequential(), new ThreadPerTask(), new FixedPool(3), new FixedPool(1), new ParallelStream(),
                        new RoundRobin(), new ChildProcesses(2, Duration.ofMinutes(1)),
                        new ChildProcesses(1, Duration.ofMinutes(1))).map(Strategy::name).toList());
    }
}
