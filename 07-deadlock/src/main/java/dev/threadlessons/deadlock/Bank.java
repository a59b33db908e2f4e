package dev.threadlessons.deadlock;

import java.util.List;
import java.util.stream.IntStream;

/**
 * A fixed set of {@link Account}s with ids 1 to n. Transfers move money between them and never
 * create or destroy any, so {@link #total()} is the same before and after: the check that every
 * transfer either happened whole or not at all.
 *
 * <p>Thread-safety: the list is immutable; the balances follow {@link Account}'s rules, so
 * {@link #total()} is meaningful only while no transfer runs (for instance after joining the
 * threads that transferred).
 */
public final class Bank {

    private final List<Account> accounts;

    private Bank(List<Account> accounts) {
        this.accounts = List.copyOf(accounts);
    }

    /** {@code count} accounts, {@code account-1} to {@code account-count}, each with the same opening balance. */
    public static Bank open(int count, long openingBalance) {
        if (count < 2) {
            throw new IllegalArgumentException("a bank needs at least 2 accounts to transfer between; was "
                    + count);
        }
        return new Bank(IntStream.rangeClosed(1, count)
                .mapToObj(id -> new Account(id, openingBalance))
                .toList());
    }

    public List<Account> accounts() {
        return accounts;
    }

    /** The account with id {@code id}, 1 to {@link #size()}. */
    public Account account(int id) {
        return accounts.get(id - 1);
    }

    public int size() {
        return accounts.size();
    }

    /** The sum of all balances. */
    public long total() {
        return accounts.stream().mapToLong(Account::balance).sum();
    }
}
