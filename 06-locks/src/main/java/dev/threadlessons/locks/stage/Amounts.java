package dev.threadlessons.locks.stage;

/** The argument checks every account shares. Thread-safety: stateless. */
public final class Amounts {

    private Amounts() {
    }

    public static long openingBalance(long balance) {
        if (balance < 0) {
            throw new IllegalArgumentException("opening balance must not be negative, was " + balance);
        }
        return balance;
    }

    public static long amount(long amount) {
        if (amount <= 0) {
            throw new IllegalArgumentException("amount must be positive, was " + amount);
        }
        return amount;
    }
}
