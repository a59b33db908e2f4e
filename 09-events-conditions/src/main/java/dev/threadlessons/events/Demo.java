package dev.threadlessons.events;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.threadlessons.events.stage.ProducerConsumer;
import dev.threadlessons.events.stage.StartingLine;
import dev.threadlessons.events.stage.StolenWakeUp;
import dev.threadlessons.events.stage.StolenWakeUpLevel;
import dev.threadlessons.events.stage.WhileLoopLevel;
import dev.threadlessons.util.Banner;
import dev.threadlessons.util.CommandLine;
import dev.threadlessons.util.Durations;
import dev.threadlessons.util.Play;
import dev.threadlessons.util.ScenePictures;

/**
 * Lesson 09: events and conditions. Runners wait for a start {@link Event} that one {@code set()}
 * gives to all of them; a consumer woken for an item that another thread took first shows why
 * {@code await} sits in a {@code while} ({@link ConditionChannel}) and what an {@code if}
 * ({@link CheckOnceChannel}) does instead; then producers generate data that consumers wait for,
 * first on a hand-made {@code Condition}, then on a {@code BlockingQueue}.
 *
 * <p>Thread-safety: runs on the main thread; every thread it starts is joined before it returns.
 *
 * <p>How to run it: {@code mvn -pl 09-events-conditions exec:java} (after an edit,
 * {@code mvn -pl 09-events-conditions -am compile exec:java}), with options such as
 * {@code -Dexec.args="--consumers 5"}; or run {@code main} in your IDE. {@code --play} runs no
 * demo: it plays the scheduler game, {@code stolen-wake-up} ({@link CheckOnceChannel}), or
 * {@code while-loop} ({@link ConditionChannel}). What to look for: all
 * runners go within a few milliseconds of {@code start!}; with {@code if} the woken
 * {@code consumer-1} says it took "no item from an OPEN channel" and stops, with {@code while} it
 * logs "no data yet" again and waits; the verdict counts every item consumed exactly once.
 */
public final class Demo {

    private static final Logger LOG = LoggerFactory.getLogger(Demo.class);

    /** The scheduler game: the stolen wake-up on the if, then the same scene on the while. */
    static final Play GAME = Play.of(StolenWakeUpLevel::new, WhileLoopLevel::new);

    static final CommandLine CLI = GAME.declare(ScenePictures.declare(CommandLine.forLesson("09-events-conditions")
            .range("runners", 4, 1, 50, "threads waiting for the start event")
            .range("warm-up-ms", 300, 0, 5_000, "how long main waits, once all runners wait, before setting the event, in ms")
            .range("producers", 2, 1, 20, "producer threads")
            .range("consumers", 3, 1, 20, "consumer threads")
            .range("items", 4, 1, 1_000, "items each producer generates")
            .range("produce-ms", 100, 0, 1_000, "time to generate one item, in ms")))
            .build();

    private static final Duration LATE_RUNNER_PATIENCE = Duration.ofMillis(200);

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
        int runners = arguments.intValue("runners");
        int producers = arguments.intValue("producers");
        int consumers = arguments.intValue("consumers");
        int items = arguments.intValue("items");
        var produceTime = Duration.ofMillis(arguments.longValue("produce-ms"));
        Banner.header(LOG, "Lesson 09", "events and conditions");

        Banner.section(LOG, runners + " runners wait for one start event");
        var pictures = ScenePictures.forDemo(Demo.class, arguments, LOG);
        var line = new StartingLine();
        List<StartingLine.Start> starts = pictures.record("starting-line",
                "one set() releases every runner parked on the Event", thread -> thread.startsWith("runner-"),
                () -> line.race(runners, Duration.ofMillis(arguments.longValue("warm-up-ms"))));
        var slowest = starts.stream().map(StartingLine.Start::afterSignal)
                .max(Comparator.naturalOrder()).orElse(Duration.ZERO);
        boolean lateRunnerStarted = line.lateRunner(LATE_RUNNER_PATIENCE);

        Banner.section(LOG, "a woken consumer finds its item taken: await in an if (CheckOnceChannel)");
        var withIf = StolenWakeUp.play(CheckOnceChannel::new);
        Banner.section(LOG, "the same moment, await in a while (ConditionChannel)");
        var withWhile = StolenWakeUp.play(ConditionChannel::new);

        Banner.section(LOG, "consumers wait on a Condition until producers have made data");
        var withCondition = pictures.record("producers-and-consumers",
                "consumers parked on the Condition until a producer puts an item",
                thread -> thread.startsWith("producer-") || thread.startsWith("consumer-"),
                () -> ProducerConsumer.run(new ConditionChannel(), producers, consumers, items, produceTime));
        LOG.info("{}", withCondition.summary());

        Banner.section(LOG, "the same program on a BlockingQueue");
        var withQueue = ProducerConsumer.run(new BlockingQueueChannel(), producers, consumers, items, produceTime);
        LOG.info("{}", withQueue.summary());

        pictures.listFiles();
        Banner.verdict(LOG, String.format("one set() released %d of %d runners, all waiting on it (the last went %s"
                        + " after it); the late runner %s; stolen wake-up: %s; %s; Condition: %s; BlockingQueue: %s",
                starts.size(), runners, Durations.format(slowest),
                lateRunnerStarted ? "got a start it should not have" : "timed out on the cleared event",
                describe("if", withIf), describe("while", withWhile),
                withCondition.exactlyOnce() ? "every item consumed exactly once" : withCondition.summary(),
                withQueue.exactlyOnce() ? "every item consumed exactly once" : withQueue.summary()));
        return 0;
    }

    private static String describe(String check, StolenWakeUp.Outcome outcome) {
        return "with " + check + " the woken consumer "
                + (outcome.gaveUpWhileOpen() ? "stopped on an open channel" : "waited again until close()")
                + " (" + outcome.waits() + (outcome.waits() == 1 ? " wait" : " waits") + ")";
    }
}
