package dev.threadlessons.deadlock.stage;

import java.util.List;

import dev.threadlessons.deadlock.DeadlockingTransfer;
import dev.threadlessons.util.Stepper;

/**
 * The scheduler game's deadlock ({@code --play deadlock}): two tellers move 10 in opposite
 * directions with the lesson's {@link DeadlockingTransfer}. Each stops before its transfer takes
 * {@code from}'s lock and, in the transfer's {@link BetweenLocks} hook, before it asks for
 * {@code to}'s. Let both take their first lock, and each then waits for ever for the lock the
 * other holds: the moves 1, 2, 1, 2 win.
 *
 * <p>Not thread-safe, on purpose: the transfer is the lesson's broken one. The level itself is
 * used as {@link TransferLevel} says.
 */
public final class DeadlockLevel extends TransferLevel {

    @Override
    public String name() {
        return "deadlock";
    }

    @Override
    public String title() {
        return "deadlock: two transfers in opposite directions";
    }

    @Override
    public String goal() {
        return "teller-1 moves 10 from account-1 to account-2 and teller-2 moves 10 back, both with"
                + " DeadlockingTransfer. Make each wait for ever for the lock the other holds.";
    }

    /** DeadlockingTransfer.transfer without its comments, the same for both tellers. */
    @Override
    public List<CodeLine> code(String thread) {
        return List.of(
                callOf(thread),
                CodeLine.plain("  Transfer.validate(from, to, amount);"),
                new CodeLine("from.lock()", "  from.lock().lockInterruptibly();"),
                CodeLine.plain("  try {"),
                CodeLine.plain("      betweenLocks.pause();"),
                new CodeLine("to.lock()", "      to.lock().lockInterruptibly();"),
                CodeLine.plain("      try {"),
                CodeLine.plain("          return from.moveTo(to, amount);"),
                CodeLine.plain("      } finally {"),
                CodeLine.plain("          to.lock().unlock();"),
                CodeLine.plain("      }"),
                CodeLine.plain("  } finally {"),
                CodeLine.plain("      from.lock().unlock();"),
                CodeLine.plain("  }"));
    }

    @Override
    public void start(Stepper stepper) {
        startTellers(stepper, (from, to) -> {
            // One transfer per teller, so that its hook knows the teller's `to`; the strategy keeps
            // no state of its own, so one each locks exactly as one shared would.
            var transfer = new DeadlockingTransfer(() -> stepper.step("to.lock()", lockOf(to)));
            stepper.step("from.lock()", lockOf(from));
            transfer.transfer(from, to, AMOUNT);
        });
    }

    @Override
    public String explanation() {
        return """
                All four conditions held. Mutual exclusion: an AccountLock has at most one owner,
                every other thread waits. Hold and wait: still holding `from`, each teller waits for
                `to`. No preemption: only the owner releases `from`; nothing can take it away while
                the owner waits. Circular wait: the lock order follows the direction of the
                transfer, so teller-2 holds account-2 and waits for account-1 while teller-1 holds
                account-1 and waits for account-2. The game ends the level by interrupting both,
                and lockInterruptibly() lets each give up and release its lock. Each fix breaks one
                condition: --play ordered, --play try-lock, --play coarse.""";
    }
}
