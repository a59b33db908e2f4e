package dev.threadlessons.races;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.threadlessons.races.stage.CounterRace;
import dev.threadlessons.races.stage.LostUpdateLevel;
import dev.threadlessons.races.stage.OverdraftLevel;
import dev.threadlessons.races.stage.Rendezvous;
import dev.threadlessons.races.stage.Tally;
import dev.threadlessons.util.Banner;
import dev.threadlessons.util.CommandLine;
import dev.threadlessons.util.Durations;
import dev.threadlessons.util.Play;
import dev.threadlessons.util.Timing;
import dev.threadlessons.util.Workers;

/**
 * Lesson 05: race conditions. Runs the lost update free, a few times, and counts in how many of
 * those runs updates were lost; then forces it; then forces two check-then-act races (an
 * overdrawn account, a lazy initialiser that creates two objects); and ends with a verdict
 * computed from what happened.
 *
 * <p>The free-running numbers change from run to run; the forced ones never do, because a
 * {@link Rendezvous} decides the interleaving instead of the scheduler.
 *
 * <p>How to run it: {@code mvn -pl 05-race-conditions exec:java} after {@code mvn install} at the
 * root, or {@code mvn -pl 05-race-conditions -am compile exec:java} after an edit; options with
 * {@code -Dexec.args="--help"}. Or run {@code main} in your IDE.
 *
 * <p>What to look for: the verdict's "updates lost in N of M runs" (N changes from one run of
 * the demo to the next, and may be 0); the forced parts, which always say {@code expected 2,
 * got 1 - 1 update lost}, {@code balance -60} and {@code 2 instances}; and the {@code read 0}
 * lines of both workers coming before either {@code wrote 1}.
 */
public final class Demo {

    private static final Logger LOG = LoggerFactory.getLogger(Demo.class);

    /** The scheduler game: the player interleaves the lost update and the overdraft by hand. */
    static final Play GAME = Play.of(LostUpdateLevel::new, OverdraftLevel::new);

    static final CommandLine CLI = GAME.declare(CommandLine.forLesson("05-race-conditions")
            .range("threads", 4, 2, 64, "threads incrementing the shared counter")
            .range("increments", 1_000_000, 1, 10_000_000, "increments per thread")
            .range("runs", 3, 1, 20, "free-running rounds"))
            .build();

    static final long OPENING_BALANCE = 100;
    static final long WITHDRAWAL = 80;

    /** What the lazy initialiser creates: remembers which thread made it. */
    private record Connection(String createdBy) {
    }

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
        Banner.header(LOG, "Lesson 05", "race conditions");
        String free = freeRunning(arguments.intValue("threads"), arguments.intValue("increments"),
                arguments.intValue("runs"));
        String forced = forcedLostUpdate();
        String overdraft = forcedOverdraft();
        String lazy = forcedDoubleCreation();
        Banner.verdict(LOG, free + "; forced: " + forced + "; " + overdraft + "; " + lazy);
        return 0;
    }

    private static String freeRunning(int threads, int increments, int runs) throws InterruptedException {
        Banner.section(LOG, "lost update, free-running: " + threads + " threads x " + increments
                + " increments, " + runs + " runs");
        var tallies = new ArrayList<Tally>();
        for (int run = 1; run <= runs; run++) {
            var timed = Timing.timed(() -> CounterRace.freeRunning(threads, increments));
            Tally tally = timed.result();
            LOG.info("run {}: {} ({})", run, tally.describe(), Durations.format(timed.elapsed()));
            tallies.add(tally);
        }
        long lossy = tallies.stream().filter(tally -> tally.lost() > 0).count();
        long most = tallies.stream().mapToLong(Tally::lost).max().orElse(0);
        return "free-running: updates lost in " + lossy + " of " + runs + " runs (at most "
                + most + " of " + tallies.get(0).expected() + ")";
    }

    private static String forcedLostUpdate() throws InterruptedException {
        Banner.section(LOG, "lost update, forced: both threads read before either writes");
        Tally tally = CounterRace.forced(2);
        LOG.info("{}", tally.describe());
        return tally.describe();
    }

    private static String forcedOverdraft() throws InterruptedException {
        Banner.section(LOG, "check-then-act, forced: two withdrawals of " + WITHDRAWAL + " from "
                + OPENING_BALANCE + ", both checked before either pays out");
        var account = new UnsafeAccount(OPENING_BALANCE, new Rendezvous(2));
        List<Boolean> approved = Workers.call("customer", 2, customer -> account.withdraw(WITHDRAWAL));
        long paidOut = approved.stream().filter(Boolean::booleanValue).count() * WITHDRAWAL;
        LOG.info("paid out {} from an account that held {}; balance {}", paidOut, OPENING_BALANCE,
                account.balance());
        return "paid out " + paidOut + " from " + OPENING_BALANCE + ", balance " + account.balance();
    }

    private static String forcedDoubleCreation() throws InterruptedException {
        Banner.section(LOG, "check-then-act, forced: lazy initialisation, both threads see no instance");
        var lazy = new UnsafeLazyInitializer<>(() -> new Connection(Thread.currentThread().getName()),
                new Rendezvous(2));
        List<Connection> received = Workers.call("caller", 2, caller -> lazy.get());
        int distinct = distinctInstances(received);
        LOG.info("the callers received {} different instances: {}", distinct, received);
        return distinct + " instances from one lazy initialiser";
    }

    private static int distinctInstances(List<?> objects) {
        var seen = new IdentityHashMap<Object, Boolean>();
        objects.forEach(object -> seen.put(object, Boolean.TRUE));
        return seen.size();
    }
}
