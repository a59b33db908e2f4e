package dev.threadlessons.subclassing;

import java.io.FileNotFoundException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.threadlessons.util.Banner;
import dev.threadlessons.util.CommandLine;
import dev.threadlessons.util.Durations;
import dev.threadlessons.util.NamedThreadFactory;

/**
 * Lesson 03: the same word count three ways: a {@code Thread} subclass, a {@code Runnable} on a
 * plain thread, and a {@code Callable} on an {@code ExecutorService}, then what each does with a
 * failure, and a job run after a delay (Python's {@code threading.Timer}). Every thread and
 * executor has ended before {@code main} returns.
 *
 * <p>Thread-safety: {@code main} is meant to be called by one thread at a time.
 */
public final class Demo {

    static final CommandLine CLI = CommandLine.forLesson("03-subclassing")
            .range("pool-size", 2, 1, 8, "threads in the executor's pool")
            .build();

    static final List<String> TEXTS = List.of(
            "Two threads that share a counter can both read it before either writes it back.",
            "A latch opens once and stays open.",
            "Name your threads after their jobs, and the log will tell you who did what, and when.");

    private static final Logger LOG = LoggerFactory.getLogger(Demo.class);

    private Demo() {
    }

    public static void main(String[] args) throws InterruptedException, ExecutionException {
        CommandLine.exit(run(args));
    }

    /**
     * Runs the demo with {@code args} and returns its exit status: 0, or
     * {@value CommandLine#BAD_ARGUMENTS} after arguments it cannot use. Tests call this, not
     * {@code main}, which may end the JVM.
     */
    static int run(String... args) throws InterruptedException, ExecutionException {
        var arguments = CLI.parseOrExplain(args);
        if (!arguments.runDemo()) {
            return arguments.exitStatus();
        }
        Banner.header(LOG, "Lesson 03", "subclassing");
        var bySubclass = withThreadSubclass();
        var byRunnable = withRunnable();
        var byCallable = withCallable(arguments.intValue("pool-size"));
        String failure = failingCallable();
        String timer = afterADelay();
        boolean same = bySubclass.equals(byRunnable) && byRunnable.equals(byCallable);
        Banner.verdict(LOG, "Thread subclass " + bySubclass + ", Runnable " + byRunnable + ", Callable "
                + byCallable + (same ? ": the same counts" : ": the counts differ") + "; " + failure
                + "; " + timer);
        return 0;
    }

    private static List<Integer> withThreadSubclass() throws InterruptedException {
        Banner.section(LOG, "a Thread subclass: new WordCountThread(name, text).start()");
        var threads = new ArrayList<WordCountThread>();
        for (int i = 0; i < TEXTS.size(); i++) {
            threads.add(new WordCountThread("counter-" + (i + 1), TEXTS.get(i)));
        }
        threads.forEach(Thread::start);
        var counts = new ArrayList<Integer>();
        for (WordCountThread thread : threads) {
            thread.join();
            counts.add(thread.count());
        }
        LOG.info("joined; read each result from its thread object: {}", counts);
        return counts;
    }

    private static List<Integer> withRunnable() throws InterruptedException {
        Banner.section(LOG, "a Runnable: new Thread(new WordCountTask(text), name).start()");
        var tasks = TEXTS.stream().map(WordCountTask::new).toList();
        var threads = new ArrayList<Thread>();
        for (int i = 0; i < tasks.size(); i++) {
            threads.add(new Thread(tasks.get(i), "task-" + (i + 1)));
        }
        threads.forEach(Thread::start);
        for (Thread thread : threads) {
            thread.join();
        }
        var counts = tasks.stream().map(WordCountTask::count).toList();
        LOG.info("joined; read each result from its task object: {}", counts);
        return counts;
    }

    private static List<Integer> withCallable(int poolSize) throws InterruptedException, ExecutionException {
        Banner.section(LOG, "a Callable: executor.submit(new WordCountJob(text)) gives a Future");
        var executor = Executors.newFixedThreadPool(poolSize, new NamedThreadFactory("pool"));
        try {
            var futures = new ArrayList<Future<Integer>>();
            for (String text : TEXTS) {
                futures.add(executor.submit(new WordCountJob(text)));
            }
            var counts = new ArrayList<Integer>();
            for (Future<Integer> future : futures) {
                counts.add(future.get());
            }
            LOG.info("get() waited for each result and returned it: {}", counts);
            return counts;
        } finally {
            shutDownAndWait(executor);
        }
    }

    private static String failingCallable() throws InterruptedException, ExecutionException {
        Banner.section(LOG, "when the work fails: get() rethrows, wrapped");
        var executor = Executors.newSingleThreadExecutor(new NamedThreadFactory("failing-pool"));
        try {
            var failedOn = new AtomicReference<String>();
            Callable<Integer> missingText = () -> {
                failedOn.set(Thread.currentThread().getName());
                throw new FileNotFoundException("chapter-4.txt");
            };
            var failed = executor.submit(missingText);
            String outcome;
            try {
                outcome = "get() unexpectedly returned " + failed.get();
            } catch (ExecutionException e) {
                outcome = "get() threw ExecutionException caused by " + e.getCause();
            }
            LOG.info("{}", outcome);
            String nextOn = executor.submit(() -> Thread.currentThread().getName()).get();
            boolean survived = nextOn.equals(failedOn.get());
            LOG.info("the next job ran on [{}]; the thread that failed was [{}]", nextOn, failedOn.get());
            return outcome + (survived ? "; the pool thread survived it" : "; the pool replaced its thread");
        } finally {
            shutDownAndWait(executor);
        }
    }

    private static String afterADelay() throws InterruptedException, ExecutionException {
        Banner.section(LOG, "after a delay: a ScheduledExecutorService, Python's threading.Timer");
        var ran = DelayedJob.runAfter(Duration.ofMillis(200), () -> Words.count(TEXTS.get(1)));
        LOG.info("scheduled for 200 ms from now; ran on [{}] after {}, counted {} words",
                ran.thread(), Durations.format(ran.startedAfter()), ran.result());
        boolean cancelled = DelayedJob.cancelBeforeItRuns(Duration.ofSeconds(5), () -> LOG.info("too late"));
        LOG.info("a second one, cancelled before its delay: cancel() returned {}; it never ran", cancelled);
        return "the delayed job ran on [" + ran.thread() + "] after " + Durations.format(ran.startedAfter())
                + (cancelled ? ", the cancelled one never ran" : ", the cancel came too late");
    }

    private static void shutDownAndWait(ExecutorService executor) throws InterruptedException {
        executor.shutdown();
        if (!executor.awaitTermination(10, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the executor's threads did not end within 10 s");
        }
    }
}
