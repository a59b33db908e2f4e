package dev.threadlessons.locks.stage;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import dev.threadlessons.locks.Account;
import dev.threadlessons.locks.LockedAccount;
import dev.threadlessons.locks.SynchronizedAccount;
import dev.threadlessons.util.Level;
import dev.threadlessons.util.Stepper;

/**
 * The scheduler game's fixed check-then-act: two customers each withdraw 80 from an account of
 * this lesson holding 100, the one lesson 05 overdrew. The first step of a customer is the call
 * of {@code withdraw}, which takes the account's lock and checks the balance; the second is the
 * account's own {@link RaceWindow}, inside the lock, before it pays out. A customer who calls
 * {@code withdraw} while the other is inside gets stuck at the lock, and the game shows it
 * waiting, with the holder the JVM names.
 *
 * <p>Two levels: {@link #synchronizedAccount()} ({@code synchronized}: the waiter is BLOCKED on
 * the monitor) and {@link #lockedAccount()} ({@code ReentrantLock}: the waiter is WAITING, parked).
 *
 * <p>Thread-safety: the accounts are thread-safe. The controlling thread never asks the account
 * for its balance while a customer holds the lock (it would wait for it): then it shows the
 * balance the holder read inside, kept in a volatile field.
 */
public final class AccountLevel implements Level {

    static final long OPENING_BALANCE = 100;
    static final long WITHDRAWAL = 80;
    private static final List<String> CUSTOMERS = List.of("customer-1", "customer-2");

    private final String name;
    private final String title;
    private final Function<RaceWindow, Account> accounts;
    private final List<CodeLine> code;
    private final String explanation;

    private Account account;
    private final AtomicInteger approved = new AtomicInteger();
    /** The customer inside the lock, at its second step, or null. */
    private volatile String holder;
    /** The balance the holder read inside the lock. */
    private volatile long seenByHolder;

    private AccountLevel(String name, String title, Function<RaceWindow, Account> accounts, List<CodeLine> code,
                         String explanation) {
        this.name = name;
        this.title = title;
        this.accounts = accounts;
        this.code = code;
        this.explanation = explanation;
    }

    /** The account whose {@code withdraw} is {@code synchronized}. */
    public static AccountLevel synchronizedAccount() {
        return new AccountLevel("synchronized-account", "check-then-act under synchronized",
                window -> new SynchronizedAccount(OPENING_BALANCE, window),
                List.of(new CodeLine("withdraw", "synchronized boolean withdraw(80) {"),
                        CodeLine.plain("  if (balance < amount) return false;"),
                        new CodeLine("pay", "  balance -= amount;"),
                        CodeLine.plain("}")),
                """
                        withdraw() is synchronized: a customer holds the account's monitor from the
                        check to the payment, and the other one, BLOCKED at the door, checks only after
                        the first has paid, and sees 20. One monitor across both steps makes
                        check-then-act one step for every other thread that takes the same monitor.""");
    }

    /** The account whose {@code withdraw} holds a {@code ReentrantLock}. */
    public static AccountLevel lockedAccount() {
        return new AccountLevel("locked-account", "check-then-act under a ReentrantLock",
                window -> new LockedAccount(OPENING_BALANCE, window),
                List.of(new CodeLine("withdraw", "lock.lock();"),
                        CodeLine.plain("try {"),
                        CodeLine.plain("  if (balance < amount) return false;"),
                        new CodeLine("pay", "  balance -= amount;"),
                        CodeLine.plain("} finally { lock.unlock(); }")),
                """
                        The ReentrantLock is held from the check to the payment; the other customer is
                        parked in lock() (WAITING, not BLOCKED: it waits in the lock's own queue, not
                        for a monitor) and checks only after unlock(), and sees 20. Any lock works, if
                        every thread that touches the balance takes the same one across both steps.""");
    }

    /**
     * The same level on another account, such as the unguarded one: for a test that shows the
     * level would see an overdraft if the account allowed one.
     */
    static AccountLevel on(Function<RaceWindow, Account> accounts) {
        AccountLevel fixed = synchronizedAccount();
        return new AccountLevel(fixed.name, fixed.title, accounts, fixed.code, fixed.explanation);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String title() {
        return title + ": two withdrawals of " + WITHDRAWAL + " from " + OPENING_BALANCE;
    }

    @Override
    public String goal() {
        return "Lesson 05's account paid out 160 from 100. Try to make this one pay out more than "
                + OPENING_BALANCE + ".";
    }

    @Override
    public List<CodeLine> code(String thread) {
        return code;
    }

    @Override
    public void start(Stepper stepper) {
        // The window runs on the customer inside the lock, so it may read the balance: the lock is reentrant.
        account = accounts.apply(() -> {
            seenByHolder = account.balance();
            holder = Thread.currentThread().getName();
            try {
                stepper.stepOrCancel("pay", () -> WITHDRAWAL + " (balance " + seenByHolder + ")");
            } finally {
                holder = null;
            }
        });
        for (String customer : CUSTOMERS) {
            stepper.start(customer, () -> {
                stepper.step("withdraw", () -> String.valueOf(WITHDRAWAL));
                if (account.withdraw(WITHDRAWAL)) {
                    approved.incrementAndGet();
                }
            });
        }
    }

    @Override
    public String state() {
        String inside = holder;
        String balance = inside == null ? "balance = " + account.balance()
                : "balance = " + seenByHolder + " (" + inside + " holds the lock)";
        return balance + ", paid out = " + approved.get() * WITHDRAWAL;
    }

    @Override
    public Optional<String> outcome(Stepper stepper) {
        long paidOut = approved.get() * WITHDRAWAL;
        return stepper.finished() && paidOut > OPENING_BALANCE
                ? Optional.of(paidOut + " paid out of " + OPENING_BALANCE)
                : Optional.empty();
    }

    @Override
    public String explanation() {
        return explanation;
    }
}
