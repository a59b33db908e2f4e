package dev.threadlessons.deadlock.stage;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.threadlessons.deadlock.Account;
import dev.threadlessons.deadlock.Bank;
import dev.threadlessons.deadlock.Transfer;

/**
 * Many random transfers at once: {@code threads} tellers ({@code teller-1}, ...) each move random
 * amounts between random pairs of a bank's accounts, in both directions, with one
 * {@link Transfer} strategy. The caller waits until all are done, a deadlock among the tellers
 * is found, or a time limit passes; in the last two cases the tellers are interrupted and joined,
 * so that none is left behind. While it waits, it asks the JVM for deadlocked threads every
 * 20 ms, for every strategy alike: each question briefly pauses all threads at a safepoint, so
 * the times it reports carry that small cost, the same for each strategy.
 *
 * <p>Thread-safety: {@link #run} may be called from one thread at a time per bank (the
 * accounts' balances follow the strategy's locking, see {@link Account}). The counters are
 * atomic; {@code Thread.join} makes the tellers' writes visible to the caller, so the bank's
 * total is read safely afterwards. Tellers are daemons: a stuck one cannot keep the JVM alive.
 */
public final class TransferWorkload {

    private static final Logger LOG = LoggerFactory.getLogger(TransferWorkload.class);
    private static final Duration POLL_INTERVAL = Duration.ofMillis(20);
    private static final Duration STOP_WITHIN = Duration.ofSeconds(5);
    private static final int MAX_AMOUNT = 50;

    /**
     * What one run did.
     *
     * @param done     transfers that returned, whether money moved or the balance was too low
     * @param deadlock the deadlock that stopped the run, if one did
     * @param finished whether every teller did all its transfers
     */
    public record Outcome(String strategy, int planned, int done, boolean finished,
                          Optional<Deadlock> deadlock, Duration elapsed, long totalBefore,
                          long totalAfter) {

        public boolean moneyConserved() {
            return totalBefore == totalAfter;
        }
    }

    private final int threads;
    private final int transfers;

    /** {@code transfers} in all, shared as evenly as possible among {@code threads} tellers. */
    public TransferWorkload(int threads, int transfers) {
        if (threads < 1 || transfers < 1) {
            throw new IllegalArgumentException("threads and transfers must be positive; were "
                    + threads + " and " + transfers);
        }
        this.threads = threads;
        this.transfers = transfers;
    }

    /** Runs the transfers on {@code bank} with {@code strategy}, stopping them after {@code limit}. */
    public Outcome run(Transfer strategy, Bank bank, Duration limit) throws InterruptedException {
        long totalBefore = bank.total();
        var done = new AtomicInteger();
        var startTogether = new CountDownLatch(1);
        var tellers = new ArrayList<Thread>();
        for (int i = 0; i < threads; i++) {
            int share = transfers / threads + (i < transfers % threads ? 1 : 0);
            tellers.add(teller(i + 1, share, strategy, bank, startTogether, done));
        }
        tellers.forEach(Thread::start);
        long start = System.nanoTime();
        startTogether.countDown();
        var deadlock = awaitTellers(tellers, start + limit.toNanos());
        var elapsed = Duration.ofNanos(System.nanoTime() - start);
        boolean finished = tellers.stream().noneMatch(Thread::isAlive);
        if (!finished) {
            tellers.forEach(Thread::interrupt);
            for (Thread teller : tellers) {
                teller.join(STOP_WITHIN.toMillis());
            }
        }
        return new Outcome(strategy.name(), transfers, done.get(), finished, deadlock, elapsed,
                totalBefore, bank.total());
    }

    private static Optional<Deadlock> awaitTellers(List<Thread> tellers, long deadline)
            throws InterruptedException {
        for (Thread teller : tellers) {
            while (teller.isAlive() && System.nanoTime() - deadline < 0) {
                teller.join(POLL_INTERVAL.toMillis());
                var deadlock = DeadlockDetector.find().flatMap(found -> found.among(tellers));
                if (deadlock.isPresent()) {
                    return deadlock;
                }
            }
        }
        return Optional.empty();
    }

    private static Thread teller(int number, int share, Transfer strategy, Bank bank,
                                 CountDownLatch startTogether, AtomicInteger done) {
        var thread = new Thread(() -> {
            var random = ThreadLocalRandom.current();
            try {
                startTogether.await();
                for (int i = 0; i < share; i++) {
                    int from = random.nextInt(bank.size());
                    // One of the other accounts, each equally likely.
                    int to = (from + 1 + random.nextInt(bank.size() - 1)) % bank.size();
                    strategy.transfer(bank.accounts().get(from), bank.accounts().get(to),
                            1 + random.nextInt(MAX_AMOUNT));
                    done.incrementAndGet();
                }
            } catch (InterruptedException e) {
                LOG.debug("interrupted: stopping with the transfer in hand undone");
            }
        }, "teller-" + number);
        thread.setDaemon(true);
        thread.setUncaughtExceptionHandler((t, e) -> LOG.error("teller failed", e));
        return thread;
    }
}
