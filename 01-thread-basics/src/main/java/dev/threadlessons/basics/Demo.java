package dev.threadlessons.basics;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.threadlessons.basics.stage.JvmExitExperiment;
import dev.threadlessons.basics.stage.SpinningTask;
import dev.threadlessons.basics.stage.ThreadNameRecorder;
import dev.threadlessons.util.Banner;
import dev.threadlessons.util.CommandLine;
import dev.threadlessons.util.Durations;

/**
 * Lesson 01: create a thread, give it work and arguments, start it, watch its states, see what
 * happens to an exception inside it, and see why the JVM waits for non-daemon threads only.
 * Every thread it starts is joined before {@code main} returns.
 *
 * <p>Thread-safety: {@code main} is meant to be called by one thread at a time.
 *
 * <p>How to run it: {@code mvn -pl 01-thread-basics exec:java} from the project root (after an
 * edit, {@code mvn -pl 01-thread-basics -am compile exec:java}), or run {@code main} in your IDE.
 * What to look for: the name in brackets on each line is the thread that printed it, so the
 * greetings come from three new threads; {@code run()} prints the caller's name and
 * {@code start()} prints {@code runner}; the handler line is printed by {@code parser} itself;
 * and only the child JVM with a daemon worker exits without waiting for it.
 */
public final class Demo {

    static final CommandLine CLI = CommandLine.forLesson("01-thread-basics")
            .range("greetings", 3, 1, 10, "how many times each greeter says hello")
            .build();

    /** A daemon child normally exits within a few hundred ms; this only bounds a very slow one. */
    private static final Duration DAEMON_CHILD_LIMIT = Duration.ofSeconds(5);
    /** How long a non-daemon child is watched, alive, before its worker is released. */
    private static final Duration NON_DAEMON_WATCH = Duration.ofMillis(500);

    private static final Logger LOG = LoggerFactory.getLogger(Demo.class);

    private Demo() {
    }

    public static void main(String[] args) throws Exception {
        CommandLine.exit(run(args));
    }

    /**
     * Runs the demo with {@code args} and returns its exit status: 0, or
     * {@value CommandLine#BAD_ARGUMENTS} after arguments it cannot use. Tests call this, not
     * {@code main}, which may end the JVM.
     */
    static int run(String... args) throws Exception {
        var arguments = CLI.parseOrExplain(args);
        if (!arguments.runDemo()) {
            return arguments.exitStatus();
        }
        Banner.header(LOG, "Lesson 01", "thread basics");
        threeWaysToGiveAThreadItsWork(arguments.intValue("greetings"));
        var findings = List.of(startVersusRun(), threadStates(), exceptionInAThread(), daemonVersusNonDaemon());
        Banner.verdict(LOG, String.join("; ", findings));
        return 0;
    }

    private static void threeWaysToGiveAThreadItsWork(int greetings) throws InterruptedException {
        Banner.section(LOG, "a lambda, a method reference and a Runnable class, with arguments");
        String who = "lambda";  // captured by the lambda below: Java's args=(...) for a lambda
        var threads = List.of(
                new Thread(() -> greet(who, greetings), "lambda-worker"),
                new Thread(Demo::greetWithoutArguments, "method-ref-worker"),
                new Thread(new Greeter("Runnable class", greetings, LOG::info), "class-worker"));
        threads.forEach(Thread::start);
        for (Thread thread : threads) {
            thread.join();
        }
        LOG.info("all three joined; their lines may interleave, each from its own thread");
    }

    /** A plain method with parameters: the lambda above calls it, as Python's target=greet, args=(...). */
    private static void greet(String who, int times) {
        for (int i = 1; i <= times; i++) {
            LOG.info("hello, {} ({} of {})", who, i, times);
        }
    }

    private static void greetWithoutArguments() {
        LOG.info("hello from a method reference (Runnable.run takes no arguments)");
    }

    private static String startVersusRun() throws InterruptedException {
        Banner.section(LOG, "start() versus calling run() directly");
        var recorder = new ThreadNameRecorder();
        var thread = new Thread(recorder, "runner");
        // tag::run-by-mistake[]
        thread.run();      // an ordinary method call: the task runs here, on this thread
        // end::run-by-mistake[]
        String byRun = recorder.lastThreadName();
        LOG.info("run() executed the task on [{}]; thread 'runner' is still {}", byRun, thread.getState());
        // tag::start[]
        thread.start();    // a new thread, named runner, runs the task
        thread.join();     // wait until it has finished
        // end::start[]
        String byStart = recorder.lastThreadName();
        LOG.info("start() executed it on [{}]", byStart);
        String caller = Thread.currentThread().getName();
        return "run() ran the task on " + (byRun.equals(caller) ? "the caller's own thread" : "[" + byRun + "]")
                + ", start() on the new thread [" + byStart + "]";
    }

    private static String threadStates() throws InterruptedException {
        Banner.section(LOG, "thread states: NEW -> RUNNABLE -> TERMINATED");
        var task = new SpinningTask();
        var thread = new Thread(task, "spinner");
        var seen = new ArrayList<Thread.State>();
        seen.add(thread.getState());
        try {
            thread.start();
            task.awaitStarted();
            seen.add(thread.getState());
        } finally {
            task.release();  // also when interrupted above: a spinner left alone would spin for ever
            thread.join();
        }
        seen.add(thread.getState());
        LOG.info("before start(): {}, while spinning: {}, after join(): {}", seen.get(0), seen.get(1), seen.get(2));
        try {
            thread.start();
        } catch (IllegalThreadStateException e) {
            LOG.info("start() again on a TERMINATED thread: IllegalThreadStateException");
        }
        return "states " + seen.stream().map(Enum::name).collect(Collectors.joining(" -> "));
    }

    private static String exceptionInAThread() throws InterruptedException {
        Banner.section(LOG, "an exception inside a thread");
        var handler = new RecordingExceptionHandler();
        var parser = new Thread(() -> LOG.info("parsed {}", Integer.parseInt("forty-two")), "parser");
        parser.setUncaughtExceptionHandler(handler);
        parser.start();
        parser.join();
        LOG.info("join() returned normally; parser is {}; this thread carries on", parser.getState());
        var failures = handler.failures();
        return failures.size() + " exception(s) reached the handler"
                + (failures.isEmpty() ? "" : " on [" + failures.get(0).handlerThreadName() + "]");
    }

    private static String daemonVersusNonDaemon() throws Exception {
        Banner.section(LOG, "daemon versus non-daemon threads");
        var fresh = new Thread(() -> { }, "fresh");
        LOG.info("a new thread copies its creator's flag: daemon={}", fresh.isDaemon());
        var outcomes = List.of(JvmExitExperiment.run(true, DAEMON_CHILD_LIMIT),
                JvmExitExperiment.run(false, NON_DAEMON_WATCH));
        for (var outcome : outcomes) {
            outcome.output().forEach(line -> LOG.info("  child JVM | {}", line));
            LOG.info("{} worker: JVM {} {} after main returned; worker finished: {}",
                    outcome.daemon() ? "daemon" : "non-daemon",
                    outcome.exitedOnItsOwn() ? "exited" : "was still alive",
                    Durations.format(outcome.afterMainReturned()), outcome.workerFinished());
        }
        return outcomes.stream()
                .map(o -> (o.daemon() ? "daemon child " : "non-daemon child ")
                        + (o.exitedOnItsOwn() ? "exited without waiting for its worker" : "waited for its worker"))
                .collect(Collectors.joining(", "));
    }
}
