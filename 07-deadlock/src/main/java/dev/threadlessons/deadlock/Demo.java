package dev.threadlessons.deadlock;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.threadlessons.util.Banner;
import dev.threadlessons.util.CommandLine;
import dev.threadlessons.util.Durations;
import dev.threadlessons.util.Play;
import dev.threadlessons.util.ScenePictures;
import dev.threadlessons.util.ThreadTable;
import dev.threadlessons.util.Timing;

import dev.threadlessons.deadlock.stage.CoarseLockLevel;
import dev.threadlessons.deadlock.stage.DeadlockDetector;
import dev.threadlessons.deadlock.stage.DeadlockLevel;
import dev.threadlessons.deadlock.stage.DeadlockedThread;
import dev.threadlessons.deadlock.stage.ForcedDeadlock;
import dev.threadlessons.deadlock.stage.OrderedLevel;
import dev.threadlessons.deadlock.stage.TransferWorkload;
import dev.threadlessons.deadlock.stage.TryLockLevel;

/**
 * Lesson 07: a deadlock that happens on every run, found by the JVM and broken by interrupting
 * one of its threads; then random transfers with the broken strategy, several runs of it, and
 * with the three fixes. With {@code --play [LEVEL]} it runs none of that and plays the scheduler
 * game instead: the player decides which teller takes the next step of the lesson's own transfers,
 * in the levels {@code deadlock} (the broken strategy), {@code ordered}, {@code try-lock} and
 * {@code coarse} (the fixes).
 *
 * <p>Thread-safety: {@code main} runs on one thread; every thread it starts has ended or been
 * interrupted and joined before it returns (and is a daemon in any case), so it returns 0 even
 * after a deadlock.
 *
 * <p>How to run it: {@code mvn -pl 07-deadlock exec:java} from the project root (after an edit,
 * {@code mvn -pl 07-deadlock -am compile exec:java}), or run {@code main} in your IDE. What to
 * look for: the two {@code JVM view} lines, read crosswise (each thread holds the lock the other
 * waits for); the interrupted victim and the survivor that completes at once; how often the
 * broken strategy deadlocked in its runs, against never for each fix. To play:
 * {@code mvn -pl 07-deadlock exec:java -Dexec.args="--play deadlock"}, then type a teller's number
 * for each step ({@code q} leaves).
 */
public final class Demo {

    private static final Logger LOG = LoggerFactory.getLogger(Demo.class);
    private static final Duration DETECT_WITHIN = Duration.ofSeconds(5);
    private static final Duration RUN_LIMIT = Duration.ofSeconds(30);
    private static final long OPENING_BALANCE = 1_000;

    /** The scheduler game, broken level first, then the fixes in the lesson's order. */
    static final Play GAME = Play.of(DeadlockLevel::new, OrderedLevel::new, TryLockLevel::new, CoarseLockLevel::new);

    static final CommandLine CLI = GAME.declare(ScenePictures.declare(CommandLine.forLesson("07-deadlock")
            .range("accounts", 5, 2, 1_000, "accounts the random transfers move money between")
            .range("transfers", 20_000, 1, 10_000_000, "random transfers per strategy")
            .range("threads", 4, 1, 64, "threads doing the random transfers")
            .range("runs", 5, 1, 100, "runs of the broken strategy (each fix runs once)")
            .range("keep-deadlock-s", 0, 0, 600, "seconds the deadlock stays before it is broken,"
                    + " for jcmd <pid> Thread.print")))
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
        Banner.header(LOG, "Lesson 07", "deadlock");
        Banner.section(LOG, "a deadlock on every run: two transfers in opposite directions");
        var pictures = ScenePictures.forDemo(Demo.class, arguments, LOG);
        var keep = Duration.ofSeconds(arguments.longValue("keep-deadlock-s"));
        String forced = pictures.record("deadlock",
                "each transfer holds one account's lock and is parked on the other's, until one is interrupted",
                thread -> thread.startsWith("transfer-"), () -> showForcedDeadlock(keep));
        Banner.section(LOG, "random transfers in both directions, broken strategy and three fixes");
        String random = runRandomTransfers(arguments.intValue("accounts"),
                arguments.intValue("transfers"), arguments.intValue("threads"), arguments.intValue("runs"));
        pictures.listFiles();
        Banner.verdict(LOG, forced + "; random transfers: " + random);
        return 0;
    }

    private static String showForcedDeadlock(Duration keep) throws InterruptedException {
        var bank = Bank.open(2, OPENING_BALANCE);
        var forced = ForcedDeadlock.start(bank.account(1), bank.account(2), 10);
        var search = Timing.timed(() -> DeadlockDetector.awaitDeadlock(DETECT_WITHIN));
        var deadlock = search.result();
        deadlock.ifPresent(found -> {
            LOG.info("ThreadMXBean.findDeadlockedThreads() found {} threads after {}:",
                    found.threads().size(), Durations.format(search.elapsed()));
            ThreadTable.format(found.threads().stream().map(DeadlockedThread::row).toList())
                    .lines().forEach(LOG::info);
            found.threads().forEach(stuck -> LOG.info("JVM view:  {}", stuck.describe()));
            forced.explain(found).forEach(line -> LOG.info("bank view: {}", line));
        });
        if (deadlock.isPresent() && !keep.isZero()) {
            keepAlive(keep);
        }
        LOG.info("breaking the cycle: interrupting {}, the victim", forced.victim().getName());
        boolean ended = forced.breakByInterruptingVictim(DETECT_WITHIN);
        LOG.info("both threads ended: {}; gave up: {}; completed: {}; balances {} and {}, total {}",
                ended, forced.gaveUp(), forced.completed(), bank.account(1).balance(),
                bank.account(2).balance(), bank.total());
        return deadlock.map(found -> "deadlock of " + found.names() + " found after "
                        + Durations.format(search.elapsed()) + ", broken: " + forced.gaveUp()
                        + " gave up, " + forced.completed() + " completed, "
                        + (ended ? "no thread left" : "a thread is STILL stuck"))
                .orElse("NO deadlock found within " + Durations.format(DETECT_WITHIN));
    }

    /**
     * Leaves the deadlock as it is for {@code keep}, so that the JDK's own tools can look at it
     * from another terminal: {@code jcmd <pid> Thread.print} ends with the JVM's report, "Found
     * one Java-level deadlock".
     */
    private static void keepAlive(Duration keep) throws InterruptedException {
        long pid = ProcessHandle.current().pid();
        LOG.info("the deadlock stays for {}: in another terminal, run  jcmd {} Thread.print  (or jstack {})",
                Durations.format(keep), pid, pid);
        Thread.sleep(keep.toMillis());
    }

    /** Runs the broken strategy {@code runs} times and each fix once; returns the verdict's part. */
    private static String runRandomTransfers(int accounts, int transfers, int threads, int runs)
            throws InterruptedException {
        LOG.info("{} transfers per run on {} threads between {} accounts of {} each",
                transfers, threads, accounts, OPENING_BALANCE);
        var workload = new TransferWorkload(threads, transfers);
        var outcomes = new ArrayList<TransferWorkload.Outcome>();
        int deadlocked = 0;
        for (int run = 1; run <= runs; run++) {
            var outcome = workload.run(new DeadlockingTransfer(), Bank.open(accounts, OPENING_BALANCE), RUN_LIMIT);
            LOG.info("{} run {} of {}: {}", outcome.strategy(), run, runs, describe(outcome));
            if (outcome.deadlock().isPresent() && deadlocked++ == 0) {
                outcome.deadlock().get().threads().forEach(stuck -> LOG.info("  {}", stuck.describe()));
            }
            outcomes.add(outcome);
        }
        LOG.info("DeadlockingTransfer deadlocked in {} of {} runs: how often depends on the machine"
                + " and the options; only a fix makes it never", deadlocked, runs);
        var tryLock = new TryLockTransfer();
        var fixes = new ArrayList<TransferWorkload.Outcome>();
        for (Transfer fix : List.of(new OrderedTransfer(), tryLock, new CoarseLockTransfer())) {
            var outcome = workload.run(fix, Bank.open(accounts, OPENING_BALANCE), RUN_LIMIT);
            LOG.info("{} {}", String.format("%-19s", outcome.strategy()), describe(outcome));
            if (fix == tryLock) {
                LOG.info("  {} backed off {} times", fix.name(), tryLock.backOffs());
            }
            fixes.add(outcome);
        }
        outcomes.addAll(fixes);
        long conserved = outcomes.stream().filter(TransferWorkload.Outcome::moneyConserved).count();
        return "DeadlockingTransfer deadlocked in " + deadlocked + " of " + runs + " runs, "
                + fixes.stream().map(Demo::ending).collect(Collectors.joining(", "))
                + "; money conserved in " + conserved + " of " + outcomes.size() + " runs";
    }

    /** How a fix's run of random transfers ended, for the verdict: finished, DEADLOCKED or timed out. */
    static String ending(TransferWorkload.Outcome outcome) {
        return outcome.strategy() + " " + (outcome.finished() ? "finished"
                : outcome.deadlock().isPresent() ? "DEADLOCKED" : "timed out")
                + " " + outcome.done() + "/" + outcome.planned();
    }

    private static String describe(TransferWorkload.Outcome outcome) {
        String totals = String.format("; total %d before, %d after", outcome.totalBefore(),
                outcome.totalAfter());
        String elapsed = Durations.format(outcome.elapsed());
        if (outcome.finished()) {
            return "finished all " + outcome.done() + " transfers in " + elapsed + totals;
        }
        return (outcome.deadlock().isPresent() ? "DEADLOCKED" : "still running at the limit")
                + " after " + outcome.done() + " of " + outcome.planned() + " transfers (" + elapsed
                + "), tellers stopped" + totals;
    }
}
