package dev.threadlessons.deadlock.stage;

import java.util.List;

import dev.threadlessons.deadlock.Account;
import dev.threadlessons.deadlock.OrderedTransfer;
import dev.threadlessons.util.Stepper;

/**
 * Fix 1 in the scheduler game ({@code --play ordered}): the same two opposite transfers with the
 * lesson's {@link OrderedTransfer}. Each teller stops before its transfer takes its first lock
 * and, in the transfer's {@link BetweenLocks} hook, before it asks for its second. Both tellers'
 * first lock is account-1's, so whoever comes second waits for it holding nothing, and no
 * schedule deadlocks them.
 *
 * <p>Thread-safety: the transfer is thread-safe and deadlock-free; the level is used as
 * {@link TransferLevel} says.
 */
public final class OrderedLevel extends TransferLevel {

    @Override
    public String name() {
        return "ordered";
    }

    @Override
    public String title() {
        return "fix 1, OrderedTransfer: the lower account id first";
    }

    @Override
    public String goal() {
        return "The same two transfers with OrderedTransfer, which locks the account with the lower id"
                + " first. Try to make them deadlock.";
    }

    /** OrderedTransfer.transfer, the same for both tellers. */
    @Override
    public List<CodeLine> code(String thread) {
        return List.of(
                callOf(thread),
                CodeLine.plain("  Transfer.validate(from, to, amount);"),
                CodeLine.plain("  Account first = from.id() < to.id() ? from : to;"),
                CodeLine.plain("  Account second = first == from ? to : from;"),
                new CodeLine("first.lock()", "  first.lock().lockInterruptibly();"),
                CodeLine.plain("  try {"),
                CodeLine.plain("      betweenLocks.pause();"),
                new CodeLine("second.lock()", "      second.lock().lockInterruptibly();"),
                CodeLine.plain("      try {"),
                CodeLine.plain("          return from.moveTo(to, amount);"),
                CodeLine.plain("      } finally {"),
                CodeLine.plain("          second.lock().unlock();"),
                CodeLine.plain("      }"),
                CodeLine.plain("  } finally {"),
                CodeLine.plain("      first.lock().unlock();"),
                CodeLine.plain("  }"));
    }

    @Override
    public void start(Stepper stepper) {
        startTellers(stepper, (from, to) -> {
            // In the hook the teller holds its first lock; its second is the account it does not hold.
            var transfer = new OrderedTransfer(() -> stepper.step("second.lock()",
                    lockOf(from.lock().isHeldByCurrentThread() ? to : from)));
            // Only to say which lock comes first before the transfer runs: the lesson's rule, which
            // FixedLevelsTest holds against the lock the transfer then takes.
            Account first = from.id() < to.id() ? from : to;
            stepper.step("first.lock()", lockOf(first));
            transfer.transfer(from, to, AMOUNT);
        });
    }

    @Override
    public String explanation() {
        return """
                OrderedTransfer breaks circular wait: every transfer locks the account with the
                lower id first, whatever the direction of the money. The transfer from 2 to 1 then
                also starts with account 1, so of two opposite transfers one gets account 1 and the
                other waits for it while holding nothing. A cycle of waits would need some thread
                to hold a higher id while waiting for a lower one, and no thread ever does that.""";
    }
}
