package dev.threadlessons.deadlock.stage;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import dev.threadlessons.deadlock.Account;
import dev.threadlessons.deadlock.Bank;
import dev.threadlessons.deadlock.Transfer;
import dev.threadlessons.util.Level;
import dev.threadlessons.util.Stepper;

/**
 * What the four levels of lesson 07's scheduler game share: two tellers, {@code teller-1} moving
 * 10 from account-1 to account-2 and {@code teller-2} moving 10 from account-2 to account-1, each
 * with one call of one of the lesson's {@link Transfer} strategies; the shared state, the two
 * balances and who holds the accounts' locks; and what breaks a level, the same in all four: a
 * deadlock, as the JVM finds it ({@link Stepper#deadlockedThreads()}).
 *
 * <p>A teller stops before it calls {@code transfer}, on the line of the transfer's first lock,
 * and once more inside the transfer, in the strategy's {@link BetweenLocks} hook (in
 * {@link TryLockLevel} on its first try only). Every lock is taken, waited for and released by
 * the lesson's own code; the level only decides who goes on.
 *
 * <p>Thread-safety: a level is used once. Its bank is made with it; {@link #start(Stepper)} starts
 * the tellers; {@link #state()} and {@link #outcome(Stepper)} read the balances and the locks'
 * owners on the controlling thread while each teller waits at its gate, is stuck on a lock or has
 * finished ({@link Level} says why that is safe).
 */
public abstract class TransferLevel implements Level {

    static final long OPENING_BALANCE = 100;
    static final long AMOUNT = 10;

    /** Two accounts of {@value #OPENING_BALANCE} each. */
    protected final Bank bank = Bank.open(2, OPENING_BALANCE);

    /** One teller's part, run on its own thread: the level's first step and one call of a transfer. */
    @FunctionalInterface
    protected interface Teller {
        void run(Account from, Account to) throws InterruptedException;
    }

    /** Starts {@code teller-1} (account-1 to account-2), then {@code teller-2} (the other way). */
    protected final void startTellers(Stepper stepper, Teller teller) {
        stepper.start("teller-1", () -> teller.run(bank.account(1), bank.account(2)));
        stepper.start("teller-2", () -> teller.run(bank.account(2), bank.account(1)));
    }

    /** What {@code teller} moves, such as {@code 10 from account-1 to account-2}. */
    protected final String transferOf(String teller) {
        boolean first = teller.equals("teller-1");
        return AMOUNT + " from " + bank.account(first ? 1 : 2) + " to " + bank.account(first ? 2 : 1);
    }

    /**
     * The first line of a teller's code: the call its thread makes, such as
     * {@code transfer(account-1, account-2, 10):}; the lines of the transfer follow it.
     */
    protected static CodeLine callOf(String teller) {
        return CodeLine.plain(teller.equals("teller-1")
                ? "transfer(account-1, account-2, " + AMOUNT + "):"
                : "transfer(account-2, account-1, " + AMOUNT + "):");
    }

    /**
     * A step's detail that names an account's lock and who holds it when the screen is drawn,
     * such as {@code is account-2's lock, held by teller-2}.
     */
    protected static Supplier<String> lockOf(Account account) {
        return () -> "is " + account.lock() + account.lock().owner()
                .map(owner -> ", held by " + owner.getName()).orElse(", free");
    }

    /** The balances, such as {@code account-1 has 100; account-2 has 100}. */
    protected final String balances() {
        return bank.accounts().stream().map(account -> account + " has " + account.balance())
                .collect(Collectors.joining("; "));
    }

    /** The balances and who holds each account's lock. */
    @Override
    public String state() {
        return bank.accounts().stream()
                .map(account -> account + " has " + account.balance() + ", its lock "
                        + account.lock().owner().map(owner -> "held by " + owner.getName()).orElse("free"))
                .collect(Collectors.joining("; "));
    }

    /**
     * A deadlock, once no teller can move and the JVM finds a cycle of them, in the bank's words:
     * {@code deadlock: teller-1 holds account-1's lock and waits for account-2's, teller-2 holds
     * account-2's and waits for account-1's}. The JVM decides that it is a deadlock; the accounts'
     * locks say which is which (the JVM names a lock by its synchronizer and a hash code, as on the
     * screen's "waits for" lines).
     */
    @Override
    public Optional<String> outcome(Stepper stepper) {
        Set<String> deadlocked = stepper.deadlockedThreads();
        if (!stepper.stuck() || deadlocked.size() < 2) {
            return Optional.empty();
        }
        var clauses = new ArrayList<String>();
        for (Stepper.View teller : stepper.views()) {
            if (deadlocked.contains(teller.name())) {
                clauses.add(teller.name() + " holds " + heldBy(teller.name()) + (clauses.isEmpty() ? " lock" : "")
                        + " and waits for " + awaitedBy(teller));
            }
        }
        return Optional.of("deadlock: " + String.join(", ", clauses));
    }

    private String heldBy(String teller) {
        List<String> held = bank.accounts().stream()
                .filter(account -> account.lock().owner().filter(owner -> owner.getName().equals(teller)).isPresent())
                .map(account -> account + "'s").toList();
        return held.isEmpty() ? "no account's" : String.join(" and ", held);
    }

    /** The account lock {@code teller} is queued on, or what the JVM says it waits for. */
    private String awaitedBy(Stepper.View teller) {
        return bank.accounts().stream()
                .filter(account -> account.lock().waiting().stream().anyMatch(waiter -> waiter.getName().equals(teller.name())))
                .map(account -> account + "'s").findFirst().orElse(teller.waitingOn());
    }
}
