package dev.threadlessons.deadlock.stage;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

import dev.threadlessons.deadlock.TryLockTransfer;
import dev.threadlessons.util.Stepper;

/**
 * Fix 2 in the scheduler game ({@code --play try-lock}): the same two opposite transfers with the
 * lesson's {@link TryLockTransfer}. Each teller stops before its transfer tries its first lock
 * and, in the transfer's {@link BetweenLocks} hook, before it tries its second. A teller refused
 * its second lock gives back the first, backs off and starts over by itself.
 *
 * <p>Two choices keep every schedule short and the same on every run. The game stops a teller at
 * its first try only: were every retry a step, a player could send both tellers round the loop for
 * ever (a livelock, which the random back-off makes unlikely and a scheduler can force), and the
 * schedules would have no end. A refused teller therefore tries again on its own, after the
 * lesson's back-off of 1 to 5 ms, until it gets both locks, which it can once the other teller
 * has moved. And each {@code tryLock} waits 0 ms instead of the lesson's 10: while one teller
 * would wait, the other stands at its step and lets nothing go, so a lock held when asked for
 * would still be held when the wait ran out; and a real wait would end by itself, behind the
 * player's back.
 *
 * <p>Thread-safety: the transfer is thread-safe and deadlock-free; the level is used as
 * {@link TransferLevel} says. The maps are concurrent: the tellers fill them, the controlling
 * thread reads them.
 */
public final class TryLockLevel extends TransferLevel {

    private static final Duration NO_WAIT = Duration.ZERO;
    private static final Duration MAX_BACK_OFF = Duration.ofMillis(5);

    /** Each teller's own transfer, for its count of back-offs. */
    private final Map<String, TryLockTransfer> transfers = new ConcurrentHashMap<>();
    private final Set<String> done = ConcurrentHashMap.newKeySet();

    @Override
    public String name() {
        return "try-lock";
    }

    @Override
    public String title() {
        return "fix 2, TryLockTransfer: give the first lock back when the second is refused";
    }

    @Override
    public String goal() {
        return "The same two transfers with TryLockTransfer: tryLock, and when the second lock is refused,"
                + " give back the first, back off and start over. Try to make them deadlock. (Here a teller"
                + " stops at its first try only, and tryLock waits 0 ms instead of 10: while it waited, the"
                + " other teller would stand at its step and let nothing go.)";
    }

    /** TryLockTransfer.transfer without its comment, its two longest lines wrapped, the same for both tellers. */
    @Override
    public List<CodeLine> code(String thread) {
        return List.of(
                callOf(thread),
                CodeLine.plain("  Transfer.validate(from, to, amount);"),
                CodeLine.plain("  while (true) {"),
                new CodeLine("from.lock()", "      if (from.lock().tryLock(lockTimeout.toNanos(),"),
                CodeLine.plain("              TimeUnit.NANOSECONDS)) {"),
                CodeLine.plain("          try {"),
                CodeLine.plain("              betweenLocks.pause();"),
                new CodeLine("to.lock()", "              if (to.lock().tryLock(lockTimeout.toNanos(),"),
                CodeLine.plain("                      TimeUnit.NANOSECONDS)) {"),
                CodeLine.plain("                  try {"),
                CodeLine.plain("                      return from.moveTo(to, amount);"),
                CodeLine.plain("                  } finally {"),
                CodeLine.plain("                      to.lock().unlock();"),
                CodeLine.plain("                  }"),
                CodeLine.plain("              }"),
                CodeLine.plain("          } finally {"),
                CodeLine.plain("              from.lock().unlock();"),
                CodeLine.plain("          }"),
                CodeLine.plain("      }"),
                CodeLine.plain("      backOffs.increment();"),
                CodeLine.plain("      TimeUnit.MILLISECONDS.sleep(ThreadLocalRandom.current()"),
                CodeLine.plain("              .nextLong(1, maxBackOff.toMillis() + 1));"),
                CodeLine.plain("  }"));
    }

    @Override
    public void start(Stepper stepper) {
        startTellers(stepper, (from, to) -> {
            String teller = Thread.currentThread().getName();
            var firstTry = new AtomicBoolean(true);
            // One transfer per teller, so that its hook knows the teller's `to` and its back-offs
            // are the teller's own; the strategy holds no lock of its own, so one each locks
            // exactly as one shared would.
            var transfer = new TryLockTransfer(NO_WAIT, MAX_BACK_OFF, () -> {
                if (firstTry.getAndSet(false)) {
                    stepper.step("to.lock()", lockOf(to));
                }
            });
            transfers.put(teller, transfer);
            stepper.step("from.lock()", lockOf(from));
            transfer.transfer(from, to, AMOUNT);
            done.add(teller);
        });
    }

    /**
     * The balances and the locks' owners, and which tellers have backed off. A teller that backs
     * off and tries again holds its first lock for a moment on each try, so while one does, a
     * screen may show that lock held by it or free.
     */
    @Override
    public String state() {
        var state = new StringBuilder(super.state());
        new TreeMap<>(transfers).forEach((teller, transfer) -> {
            if (transfer.backOffs() > 0) {
                state.append("; ").append(teller).append(done.contains(teller)
                        ? " backed off before it got both locks" : " backed off and tries again by itself");
            }
        });
        return state.toString();
    }

    @Override
    public String explanation() {
        return """
                TryLockTransfer breaks no preemption: a teller that does not get its second lock
                gives back the first, backs off for a random while and starts over. What a thread
                holds is thus taken back, by the thread itself, whenever its next request cannot be
                granted. With the lesson's 10 ms, hold and wait still happens, for up to 10 ms at a
                time, so a wait cycle can form for a moment; it dissolves as soon as one of its
                threads times out and lets go.""";
    }
}
