package dev.threadlessons.locks;

/** The argument checks every account shares. Thread-safety: stateless. */
final class Amounts {

    private Amounts() {
    }

    static long openingBalance(long balance) {
        if (balance < 0) {
            throw new IllegalArgumentException("opening balance must not be negative, was " + balance);
        }
        return balance;
    }

    static long amount(long amount) {
        if (amount <= 0) {
            throw new IllegalArgumentException("amount must be positive, was " + amount);
        }
        return amount;
    }
}
