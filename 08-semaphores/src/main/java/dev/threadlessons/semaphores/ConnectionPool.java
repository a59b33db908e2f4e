package dev.threadlessons.semaphores;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * A fixed set of connections shared by more threads than there are connections, guarded by a
 * {@link Semaphore} with one permit per connection: the idiomatic JDK tool for "at most N at once".
 *
 * <p>A borrower first takes a permit (waiting if all are out), and only then a connection, which
 * is then certain to be there; giving back returns the connection first and the permit last.
 *
 * <p>The pool knows which connections are lent out, so it catches every extra give-back at its
 * cause: a connection given back twice, or one it never lent, is refused and adds no permit. A
 * bare {@link Semaphore} accepts any extra {@code release()}, and a {@link BoundedSemaphore}
 * refuses one only when the count would go above its maximum; neither knows who holds a permit.
 *
 * <p>Thread-safety: thread-safe. The semaphore limits how many threads are inside; the free
 * connections and the lent ones sit in concurrent collections, because up to N borrowers touch
 * them at once. Memory effects: whatever a thread did with a connection before giving it back
 * happens-before the next borrower's use of it ({@code Semaphore.release()} happens-before a
 * successful acquire, and the connection queue gives the same guarantee).
 */
public final class ConnectionPool {

    private final int size;
    private final Semaphore permits;
    private final Queue<Connection> free = new ConcurrentLinkedQueue<>();
    private final Set<Connection> lent = ConcurrentHashMap.newKeySet();

    /**
     * A pool of {@code size} connections named {@code conn-1} to {@code conn-<size>}.
     *
     * @throws IllegalArgumentException if {@code size} is less than 1
     */
    public ConnectionPool(int size) {
        if (size < 1) {
            throw new IllegalArgumentException("a pool needs at least 1 connection, was " + size);
        }
        this.size = size;
        this.permits = new Semaphore(size);
        for (int i = 1; i <= size; i++) {
            free.add(new Connection("conn-" + i));
        }
    }

    /** Takes a connection, waiting as long as all of them are lent out. */
    // tag::borrow[]
    public Connection borrow() throws InterruptedException {
        permits.acquire();
        return takeFree();
    }
    // end::borrow[]

    /** Takes a connection if one is free within {@code timeout}; empty if the time ran out. */
    public Optional<Connection> tryBorrow(Duration timeout) throws InterruptedException {
        Objects.requireNonNull(timeout, "timeout must not be null");
        if (!permits.tryAcquire(timeout.toNanos(), TimeUnit.NANOSECONDS)) {
            return Optional.empty();
        }
        return Optional.of(takeFree());
    }

    /**
     * Returns a borrowed connection to the pool.
     *
     * @throws IllegalArgumentException if this pool did not lend {@code connection} out (or it was
     *                                  already given back); the pool is then left as it was
     */
    // tag::give-back[]
    public void giveBack(Connection connection) {
        Objects.requireNonNull(connection, "connection must not be null");
        if (!lent.remove(connection)) {
            throw new IllegalArgumentException(connection + " is not lent out by this pool");
        }
        free.add(connection);
        // Last: once the permit is back, another borrower may come in and must find the connection.
        permits.release();
    }
    // end::give-back[]

    /** Connections that are free right now. */
    public int available() {
        return permits.availablePermits();
    }

    /** How many connections the pool has. */
    public int size() {
        return size;
    }

    private Connection takeFree() {
        // Never null: each permit out there stands for exactly one free connection.
        Connection connection = free.remove();
        lent.add(connection);
        return connection;
    }
}
