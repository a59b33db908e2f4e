package dev.threadlessons.deadlock.stage;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import dev.threadlessons.deadlock.CoarseLockTransfer;
import dev.threadlessons.util.Stepper;

/**
 * Fix 3 in the scheduler game ({@code --play coarse}): the same two opposite transfers with the
 * lesson's {@link CoarseLockTransfer}, one lock for the whole bank. Each teller stops before its
 * transfer takes the bank lock and, in the transfer's {@link BetweenLocks} hook, while it holds
 * that lock, before it moves the money. A teller that waits for the bank lock holds nothing.
 *
 * <p>Thread-safety: the transfer is thread-safe and deadlock-free; the level is used as
 * {@link TransferLevel} says. {@code inside} is an {@link AtomicReference}: the tellers write it,
 * the controlling thread reads it.
 */
public final class CoarseLockLevel extends TransferLevel {

    /**
     * The teller that holds the bank lock, if any. The transfer's lock is its own, so the level
     * notes who went in: a teller sets it in the hook, inside the lock, and clears it once its
     * transfer has returned, unless the other teller has gone in since.
     */
    private final AtomicReference<String> inside = new AtomicReference<>();

    @Override
    public String name() {
        return "coarse";
    }

    @Override
    public String title() {
        return "fix 3, CoarseLockTransfer: one lock for the whole bank";
    }

    @Override
    public String goal() {
        return "The same two transfers with CoarseLockTransfer, which takes one lock for the whole bank."
                + " Try to make them deadlock.";
    }

    /** CoarseLockTransfer.transfer without its comment, the same for both tellers. */
    @Override
    public List<CodeLine> code(String thread) {
        return List.of(
                callOf(thread),
                CodeLine.plain("  Transfer.validate(from, to, amount);"),
                new CodeLine("bankLock", "  bankLock.lockInterruptibly();"),
                CodeLine.plain("  try {"),
                CodeLine.plain("      betweenLocks.pause();"),
                new CodeLine("moveTo", "      return from.moveTo(to, amount);"),
                CodeLine.plain("  } finally {"),
                CodeLine.plain("      bankLock.unlock();"),
                CodeLine.plain("  }"));
    }

    @Override
    public void start(Stepper stepper) {
        // One transfer for both tellers: its bank lock is what they share.
        var transfer = new CoarseLockTransfer(() -> {
            String teller = Thread.currentThread().getName();
            inside.set(teller);
            stepper.step("moveTo", () -> transferOf(teller));
        });
        startTellers(stepper, (from, to) -> {
            String teller = Thread.currentThread().getName();
            stepper.step("bankLock", () -> "is the bank's only lock, " + bankLock());
            transfer.transfer(from, to, AMOUNT);
            inside.compareAndSet(teller, null);
        });
    }

    private String bankLock() {
        String holder = inside.get();
        return holder == null ? "free" : "held by " + holder;
    }

    /** The balances and who holds the bank lock; the accounts' own locks are not used. */
    @Override
    public String state() {
        return balances() + "; the bank lock " + bankLock();
    }

    @Override
    public String explanation() {
        return """
                CoarseLockTransfer breaks hold and wait: one lock for the whole bank, taken for
                every transfer. A teller holds at most one lock and never waits for another while
                holding it, so hold and wait, and with it any cycle, cannot happen. The price: no
                two transfers are ever in progress at once, not even between unrelated accounts.""";
    }
}
