package dev.threadlessons.subclassing;

import java.io.FileNotFoundException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.threadlessons.subclassing.stage.HandledThreads;
import dev.threadlessons.subclassing.stage.Pools;
import dev.threadlessons.util.Banner;
import dev.threadlessons.util.CommandLine;
import dev.threadlessons.util.Durations;
import dev.threadlessons.util.NamedThreadFactory;

/**
 * Lesson 03: the same word count three ways: a {@code Thread} subclass, a {@code Runnable} on a
 * plain thread, and a {@code Callable} on an {@code ExecutorService}; then where a failure goes
 * ({@code submit()} keeps it in the {@code Future}, {@code execute()} lets it end the pool thread),
 * and a job run after a delay (Python's {@code threading.Timer}). Every thread and executor has
 * ended before {@code main} returns.
 *
 * <p>Why the pool thread survives a failed {@code submit()}: the job is wrapped in a
 * {@code FutureTask}, which catches what it throws and keeps it for {@code get()}
 * ({@code ThreadPoolExecutor.afterExecute} Javadoc: "these task objects catch and maintain
 * computational exceptions"). A job given to {@code execute()} is not wrapped: its exception ends
 * the worker, which goes to the thread's uncaught-exception handler, and the pool starts a new
 * thread for the next job.
 *
 * <p>Thread-safety: {@code main} is meant to be called by one thread at a time.
 *
 * <p>How to run it: {@code mvn -pl 03-subclassing exec:java} from the project root (after an edit,
 * {@code mvn -pl 03-subclassing -am compile exec:java}), or run {@code main} in your IDE. What to
 * look for: the counts are the same three ways, on threads named {@code counter-N},
 * {@code task-N} and {@code pool-N}; {@code submit()} hands the failure back from {@code get()}
 * and keeps its thread, {@code execute()} loses the thread ({@code failing-pool-1} is replaced by
 * {@code failing-pool-2}); the delayed job starts no sooner than its 200 ms.
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
        String failure = whenTheWorkFails();
        String timer = afterADelay();
        boolean same = bySubclass.equals(byRunnable) && byRunnable.equals(byCallable);
        String counts = same ? "the same counts " + bySubclass + " three ways"
                : "the counts differ: Thread subclass " + bySubclass + ", Runnable " + byRunnable + ", Callable " + byCallable;
        Banner.verdict(LOG, counts + "; " + failure + "; " + timer);
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
            Pools.shutDownAndWait(executor);
        }
    }

    private static String whenTheWorkFails() throws InterruptedException, ExecutionException {
        Banner.section(LOG, "when the work fails: submit() keeps the exception in the Future, execute() does not");
        var threads = new HandledThreads("failing-pool");
        var executor = Executors.newSingleThreadExecutor(threads);
        try {
            Callable<Integer> missingText = () -> {
                throw new FileNotFoundException("chapter-4.txt");
            };
            String rethrown = "nothing";
            try {
                LOG.info("submit(callable): get() unexpectedly returned {}", executor.submit(missingText).get());
            } catch (ExecutionException e) {
                rethrown = e.getCause().getClass().getSimpleName();
                LOG.info("submit(callable): get() threw ExecutionException caused by {}",
                        String.valueOf(e.getCause()));
            }

            Runnable unread = () -> {
                throw new IllegalStateException("nobody asked");
            };
            Future<?> neverAsked = executor.submit(unread);
            String stillOn = executor.submit(Demo::threadName).get(); // one thread: this ran after the failure
            int handled = threads.caught().size();
            LOG.info("submit(runnable), get() never called: done {}, {} exception(s) reached the handler;"
                    + " the next job ran on [{}]", neverAsked.isDone(), handled, stillOn);

            executor.execute(unread);
            boolean caught = threads.awaitCaught(1, Duration.ofSeconds(10));
            String nextOn = executor.submit(Demo::threadName).get();
            LOG.info("execute(runnable): it reached the handler: {}; the next job ran on [{}]", caught, nextOn);
            return "submit(): get() rethrew " + rethrown + ", wrapped, an unasked failure reached "
                    + (handled == 0 ? "no handler" : handled + " handler(s)") + ", [" + stillOn + "] lived on;"
                    + " execute(): " + (caught ? "the handler got it" : "no handler got it")
                    + (nextOn.equals(stillOn) ? ", [" + nextOn + "] lived on" : ", [" + nextOn + "] took over");
        } finally {
            Pools.shutDownAndWait(executor);
        }
    }

    private static String threadName() {
        return Thread.currentThread().getName();
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
}
