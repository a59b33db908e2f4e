package dev.threadlessons.locks;

/**
 * A bank account that customers on several threads withdraw from. A withdrawal is check-then-act:
 * is the balance enough? then take the money out. The two steps must happen as one, or two
 * customers can both pass the check and overdraw the account (lesson 05).
 *
 * <p>Thread-safety: depends on the implementation; each one says which lock guards its balance.
 */
public interface Account {

    /**
     * Takes {@code amount} (more than zero) out if the balance covers it.
     *
     * @return whether the withdrawal was approved and paid out
     */
    boolean withdraw(long amount);

    /** The balance now. */
    long balance();
}
