package dev.threadlessons.semaphores;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.threadlessons.semaphores.stage.BoundedSemaphoreLevel;
import dev.threadlessons.semaphores.stage.CheckThenReleaseLevel;
import dev.threadlessons.semaphores.stage.ExtraRelease;
import dev.threadlessons.semaphores.stage.ImpatientWorker;
import dev.threadlessons.semaphores.stage.PoolWorkers;
import dev.threadlessons.util.Banner;
import dev.threadlessons.util.CommandLine;
import dev.threadlessons.util.Durations;
import dev.threadlessons.util.Play;
import dev.threadlessons.util.ScenePictures;

/**
 * Lesson 08: semaphores. Ten workers share three connections guarded by a {@code Semaphore}; a
 * worker with a timeout gives up on a full pool; a permit released twice shows why Python has a
 * {@code BoundedSemaphore}, what its bound misses while permits are out, and why its check must be
 * atomic. The scenes live in {@code dev.threadlessons.semaphores.stage}; this package holds what
 * the lesson teaches.
 *
 * <p>Thread-safety: runs on the main thread; every thread it starts is joined before it returns.
 *
 * <p>How to run: {@code mvn -pl 08-semaphores exec:java} from the project root (after an edit:
 * {@code mvn -pl 08-semaphores -am compile exec:java}; options with {@code -Dexec.args="--help"}),
 * or run {@code main} in your IDE. What to look for: never more than {@code --permits} workers
 * inside at once, each of the others getting in only after a {@code releasing} line; the plain
 * {@code Semaphore} ending with 4 permits of 3 where the {@code BoundedSemaphore} refuses; and the
 * extra release the bound lets through while permits are out, which only the pool refuses at once.
 * With {@code --play [LEVEL]} it runs the scheduler game instead of the demo: you choose which
 * releaser takes the next step, on {@code check-then-release} (the first) or {@code bounded}.
 */
public final class Demo {

    private static final Logger LOG = LoggerFactory.getLogger(Demo.class);

    /** The scheduler game: the broken semaphore first, then the one no schedule breaks. */
    static final Play GAME = Play.of(CheckThenReleaseLevel::new, BoundedSemaphoreLevel::new);

    static final CommandLine CLI = GAME.declare(ScenePictures.declare(CommandLine.forLesson("08-semaphores")
            .range("permits", 3, 1, 100, "connections in the pool, so permits of its semaphore")
            .range("workers", 10, 1, 200, "worker threads sharing the pool")
            .range("work-ms", 200, 0, 5_000, "how long each worker holds a connection, in ms")
            .range("timeout-ms", 300, 0, 5_000, "how long the impatient worker waits, in ms")))
            .build();

    private Demo() {
    }

    public static void main(String[] args) throws InterruptedException {
        CommandLine.exit(run(args));
    }

    /**
     * Runs the demo with {@code args} and returns its exit status: 0, or
     * {@value CommandLine#BAD_ARGUMENTS} after arguments it cannot use. Tests call this, not
     * {@code main}, which may end the JVM.
     */
    static int run(String... args) throws InterruptedException {
        var arguments = CLI.parseOrExplain(args);
        if (!arguments.runDemo()) {
            return arguments.exitStatus();
        }
        if (GAME.requested(arguments)) {
            GAME.play(arguments, System.in, System.out);
            return 0;
        }
        int permits = arguments.intValue("permits");
        int workers = arguments.intValue("workers");
        Banner.header(LOG, "Lesson 08", "semaphores");

        Banner.section(LOG, count(workers, "worker") + (workers == 1 ? " uses " : " share ")
                + count(permits, "connection") + " (Semaphore)");
        var pool = new ConnectionPool(permits);
        var pictures = ScenePictures.forDemo(Demo.class, arguments, LOG);
        var workersRun = pictures.record("connection-pool", count(workers, "worker") + ", " + count(permits, "connection")
                        + ": the others park on the Semaphore until one is given back",
                thread -> thread.startsWith("worker-"),
                () -> PoolWorkers.run(pool, workers, Duration.ofMillis(arguments.longValue("work-ms"))));
        int peak = workersRun.peak();
        LOG.info("who held which connection, and when:\n{}", workersRun.timeline().render(60));
        LOG.info("at most {} workers were inside at once, with {} permits", peak, permits);

        Banner.section(LOG, "tryAcquire with a timeout gives up on a full pool");
        var attempt = ImpatientWorker.tryOnFullPool(pool, Duration.ofMillis(arguments.longValue("timeout-ms")));

        Banner.section(LOG, "a permit released twice: Semaphore vs BoundedSemaphore");
        var extra = new Outcome(ExtraRelease.onJdkSemaphore(permits), ExtraRelease.onBoundedSemaphore(permits));

        Banner.section(LOG, "an extra release while permits are out: BoundedSemaphore vs the pool");
        var whileOut = ExtraRelease.whilePermitsAreOut(permits);

        Banner.section(LOG, "two releases at once: check-then-release vs BoundedSemaphore");
        var racing = new Outcome(ExtraRelease.racingOnCheckThenRelease(permits),
                ExtraRelease.racingOnBoundedSemaphore(permits));

        pictures.listFiles();
        Banner.verdict(LOG, String.format("peak %d inside with %d permits (%s); tryAcquire %s; "
                        + "extra release: Semaphore %s, BoundedSemaphore %s; "
                        + "extra release while permits are out: BoundedSemaphore %s (%d of %d free, one still held)%s,"
                        + " the pool %s; "
                        + "racing releases: check-then-release %s, BoundedSemaphore %s",
                peak, permits, peak <= permits ? "never above" : "ABOVE THE LIMIT",
                attempt.gotOne() ? "got a connection" : "gave up after " + Durations.format(attempt.waited()),
                ofMax(extra.plain(), permits), ofMax(extra.bounded(), permits),
                whileOut.freeWhileOneIsHeld() == whileOut.size() ? "took it" : "refused it",
                whileOut.freeWhileOneIsHeld(), whileOut.size(),
                whileOut.correctReleaseRefused() ? " and refused the correct release after it" : "",
                whileOut.poolRefusedExtra() ? "refused it" : "TOOK IT",
                ofMax(racing.plain(), permits), ofMax(racing.bounded(), permits)));
        return 0;
    }

    /** Permits after the same mistake, on the unbounded and on the bounded semaphore. */
    private record Outcome(int plain, int bounded) {
    }

    private static String count(int n, String thing) {
        return n + " " + thing + (n == 1 ? "" : "s");
    }

    private static String ofMax(int available, int max) {
        return available + " of " + max + (available > max ? " (too many)" : "");
    }
}
