package dev.threadlessons.races.stage;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import dev.threadlessons.races.UnsafeAccount;
import dev.threadlessons.util.Level;
import dev.threadlessons.util.Stepper;

/**
 * The scheduler game's check-then-act: two customers each withdraw 80 from an
 * {@link UnsafeAccount} holding 100, and the player decides who checks the balance and who takes
 * the money out next. The check is the step before {@code withdraw} is called; the act is the
 * account's own {@link RaceWindow}, between its check and its act.
 *
 * <p>Not thread-safe, on purpose: the account is the lesson's broken one. Thread-safety of the
 * level: the account and the lists are made before the customers start; the lists are
 * synchronized, and the controlling thread reads them while every customer waits at its gate.
 */
public final class OverdraftLevel implements Level {

    static final long OPENING_BALANCE = 100;
    static final long WITHDRAWAL = 80;
    private static final List<String> CUSTOMERS = List.of("customer-1", "customer-2");

    private UnsafeAccount account;
    /** The customers in the order they checked the balance. */
    private final List<String> checked = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger approved = new AtomicInteger();

    @Override
    public String name() {
        return "overdraft";
    }

    @Override
    public String title() {
        return "check-then-act: two withdrawals of " + WITHDRAWAL + " from " + OPENING_BALANCE;
    }

    @Override
    public String goal() {
        return "Each customer withdraws " + WITHDRAWAL + " if the balance covers it. Make the bank pay out more than "
                + OPENING_BALANCE + ".";
    }

    @Override
    public List<CodeLine> code(String thread) {
        return List.of(
                CodeLine.plain("account.withdraw(" + WITHDRAWAL + "):"),
                new CodeLine("check", "  long seen = balance.get();  // check"),
                CodeLine.plain("  if (seen < amount) return false;"),
                new CodeLine("pay", "  balance.addAndGet(-amount);  // act"));
    }

    @Override
    public void start(Stepper stepper) {
        // The window runs on the customer right after a check that passed.
        account = new UnsafeAccount(OPENING_BALANCE,
                () -> stepper.stepOrCancel("pay", () -> WITHDRAWAL + " (balance " + account.balance() + ")"));
        for (String customer : CUSTOMERS) {
            stepper.start(customer, () -> {
                stepper.step("check", () -> "balance (" + account.balance() + ")");
                checked.add(customer);
                if (account.withdraw(WITHDRAWAL)) {
                    approved.incrementAndGet();
                }
            });
        }
    }

    @Override
    public String state() {
        return "balance = " + account.balance() + ", paid out = " + approved.get() * WITHDRAWAL;
    }

    @Override
    public Optional<String> outcome(Stepper stepper) {
        // 2 x 80 from 100: the account is overdrawn exactly when both customers were paid.
        if (!stepper.finished() || approved.get() < CUSTOMERS.size()) {
            return Optional.empty();
        }
        long paidOut = approved.get() * WITHDRAWAL;
        // The customer who checked second passed its check while the first had checked but not yet acted.
        return Optional.of(checked.get(1) + " went through while " + checked.get(0)
                + " was between its check and its act: " + paidOut + " paid out of " + OPENING_BALANCE
                + ", balance " + account.balance());
    }

    @Override
    public String explanation() {
        return """
                Both customers checked the balance (100) before either took the money out, so both
                checks passed on a balance that was about to change. An AtomicLong makes the check
                atomic and the act atomic, never the two together: check-then-act is a race
                condition without a data race. Lesson 06 holds one lock across the check and the
                act, and the second customer then checks the balance the first one left.""";
    }
}
