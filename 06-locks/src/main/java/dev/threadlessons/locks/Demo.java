package dev.threadlessons.locks;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.threadlessons.locks.stage.AccountLevel;
import dev.threadlessons.locks.stage.CheckThenActScene;
import dev.threadlessons.locks.stage.CounterRun;
import dev.threadlessons.locks.stage.CounterShowdown;
import dev.threadlessons.locks.stage.LockedCounterLevel;
import dev.threadlessons.locks.stage.ReadWriteScene;
import dev.threadlessons.locks.stage.ReentrancyScene;
import dev.threadlessons.locks.stage.TryLockScene;
import dev.threadlessons.util.Banner;
import dev.threadlessons.util.CommandLine;
import dev.threadlessons.util.Durations;
import dev.threadlessons.util.Play;
import dev.threadlessons.util.ScenePictures;

/**
 * Lesson 06: locks. Runs lesson 05's counter, guarded every way this lesson shows, with the same
 * threads and work, and prints the final value and the time of each; then replays the overdraft
 * against an unguarded, a {@code synchronized} and a {@code ReentrantLock} account; then shows
 * {@code tryLock} giving up, a reentrant acquire, and readers sharing a read-write lock. The
 * verdict at the end is computed from what happened. The scenes live in the {@code stage}
 * package; the classes they use, and the ones to read, are in this one.
 *
 * <p>Run it: {@code mvn -pl 06-locks exec:java} (after an edit,
 * {@code mvn -pl 06-locks -am compile exec:java}), with options such as
 * {@code -Dexec.args="--threads 8"}; or run {@code main} in your IDE. {@code -Dexec.args="--play"}
 * plays the scheduler game instead, on the locked counter ({@code --play synchronized-account} and
 * {@code --play locked-account}: on the accounts), which no order of moves can break.
 *
 * <p>What to look for: every counter row says {@code exact}; in the unguarded scene customer-2 is
 * paid while customer-1 is still inside (160 paid from 100), under either lock it is
 * {@code BLOCKED} or {@code WAITING}, held by customer-1, and then declined; the teller gives up
 * after its 200 ms, never sooner.
 */
public final class Demo {

    private static final Logger LOG = LoggerFactory.getLogger(Demo.class);

    /** The scheduler game: the player tries to break the locked counter and accounts, and cannot. */
    static final Play GAME = Play.of(LockedCounterLevel::new, AccountLevel::synchronizedAccount,
            AccountLevel::lockedAccount);

    static final CommandLine CLI = GAME.declare(ScenePictures.declare(CommandLine.forLesson("06-locks")
            .range("threads", 4, 1, 64, "threads incrementing each counter")
            .range("increments", 250_000, 1, 10_000_000, "increments per thread")))
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
        Banner.header(LOG, "Lesson 06", "locks");
        int threads = arguments.intValue("threads");
        int increments = arguments.intValue("increments");
        Banner.section(LOG, "one counter, " + threads + " threads x " + increments + " increments, every way");
        String counters = summarize(CounterShowdown.run(threads, increments));

        Banner.section(LOG, "check-then-act without a lock: customer-2 comes while customer-1 is inside");
        long opening = CheckThenActScene.OPENING_BALANCE;
        var unsafe = CheckThenActScene.play(window -> new UnsafeAccount(opening, window));
        var pictures = ScenePictures.forDemo(Demo.class, arguments, LOG);
        Banner.section(LOG, "check-then-act under synchronized");
        var monitor = pictures.record("check-then-act-synchronized",
                "synchronized: customer-2 blocked on the monitor customer-1 holds", Demo::isCustomer,
                () -> CheckThenActScene.play(window -> new SynchronizedAccount(opening, window)));
        Banner.section(LOG, "check-then-act under a ReentrantLock");
        var locked = pictures.record("check-then-act-reentrantlock",
                "ReentrantLock: customer-2 parked until customer-1 unlocks", Demo::isCustomer,
                () -> CheckThenActScene.play(window -> new LockedAccount(opening, window)));

        Banner.section(LOG, "tryLock: a teller with " + Durations.format(TryLockScene.PATIENCE)
                + " of patience meets a long audit");
        var tryLock = TryLockScene.play();
        Banner.section(LOG, "reentrancy: withdrawAll() takes the lock, then withdraw() takes it again");
        var reentrancy = ReentrancyScene.play();
        Banner.section(LOG, "read-write lock: three readers at once, one writer waits");
        var readWrite = ReadWriteScene.play();
        pictures.listFiles();

        Banner.verdict(LOG, counters
                + "; paid out from " + opening + ": unguarded " + unsafe.paidOut()
                + ", synchronized " + monitor.paidOut() + " (customer-2 " + monitor.waitedAs() + ")"
                + ", ReentrantLock " + locked.paidOut() + " (customer-2 " + locked.waitedAs() + ")"
                + "; tryLock " + tryLock.duringAudit() + " after " + Durations.format(tryLock.waited())
                + ", then " + tryLock.afterAudit()
                + "; hold count " + reentrancy.holdCountInside() + " inside, " + reentrancy.holdCountAfter() + " after"
                + "; " + readWrite.readersTogether() + " readers at once, writer " + readWrite.writerState());
        return 0;
    }

    private static boolean isCustomer(String thread) {
        return thread.startsWith("customer-");
    }

    private static String summarize(List<CounterRun> runs) {
        long exact = runs.stream().filter(CounterRun::exact).count();
        long lost = runs.stream().mapToLong(CounterRun::lost).sum();
        return exact + " of " + runs.size() + " counters exact (" + lost + " updates lost in all)";
    }
}
