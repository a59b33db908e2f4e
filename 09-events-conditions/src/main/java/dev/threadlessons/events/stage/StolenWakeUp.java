package dev.threadlessons.events.stage;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.threadlessons.events.Item;
import dev.threadlessons.events.ItemChannel;

/**
 * Forces the moment that the {@code while} around {@code await} is for: a consumer is woken for an
 * item, and another thread takes that item before the consumer has the lock back.
 *
 * <p>{@code consumer-1} waits on an empty channel. The calling thread then takes the channel's lock
 * and, without letting go of it, puts an item ({@code signal()} moves {@code consumer-1} from the
 * condition's queue to the lock's queue) and takes the item back, as a faster consumer would. Only
 * then does it let go, and {@code consumer-1} returns from {@code await} to an empty, open
 * channel. Holding the lock across both steps opens the window on every run; in a real program it
 * is open for a moment and only sometimes hit. Nothing is timed: a {@link WatchedLock} reports each
 * wait as it begins.
 *
 * <p>Thread-safety: stateless; each scene has its own channel and thread, joined before it returns.
 */
public final class StolenWakeUp {

    private static final Logger LOG = LoggerFactory.getLogger(StolenWakeUp.class);
    private static final Duration PATIENCE = Duration.ofSeconds(10);

    /**
     * What the woken consumer did.
     *
     * @param channel          the channel's class, such as {@code ConditionChannel}
     * @param gaveUpWhileOpen  whether its take() returned no item while the channel was still open
     * @param waits            how many times it began to wait on the condition, in all
     */
    public record Outcome(String channel, boolean gaveUpWhileOpen, int waits) {
    }

    private StolenWakeUp() {
    }

    /** Plays the scene on the channel that {@code channelOn} builds on the lock it is given. */
    public static Outcome play(Function<ReentrantLock, ItemChannel> channelOn) throws InterruptedException {
        var moves = new Semaphore(0);
        var waits = new AtomicInteger();
        var lock = new WatchedLock(() -> {
            waits.incrementAndGet();
            moves.release();
        });
        ItemChannel channel = channelOn.apply(lock);
        var closed = new AtomicBoolean();
        var gaveUpWhileOpen = new AtomicReference<Boolean>();
        var consumer = new Thread(() -> {
            try {
                Optional<Item> got = channel.take();
                gaveUpWhileOpen.set(got.isEmpty() && !closed.get());
                LOG.info(got.map(item -> "consumed " + item)
                        .orElse(closed.get() ? "take() returned no item: the channel is closed, so it stops"
                                : "take() returned no item from an OPEN channel: it takes that for the end and stops"));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                moves.release();
            }
        }, "consumer-1");
        consumer.start();
        try {
            next(moves, "consumer-1 to wait on the empty channel");
            var item = new Item("producer-1", 1);
            lock.lock();
            try {
                channel.put(item);
                LOG.info("holds the lock: put {}; signal() moved consumer-1 to the lock's queue", item);
                var stolen = channel.take().orElseThrow();
                LOG.info("took {} back before letting go of the lock, as a faster consumer would", stolen);
            } finally {
                lock.unlock();
            }
            next(moves, "consumer-1 to return or to wait again");
            closed.set(true);
            channel.close();
            LOG.info("closed the channel");
            consumer.join(PATIENCE.toMillis());
        } finally {
            if (consumer.isAlive()) {
                consumer.interrupt();
                consumer.join();
            }
        }
        return new Outcome(channel.getClass().getSimpleName(), Boolean.TRUE.equals(gaveUpWhileOpen.get()),
                waits.get());
    }

    private static void next(Semaphore moves, String what) throws InterruptedException {
        if (!moves.tryAcquire(PATIENCE.toNanos(), TimeUnit.NANOSECONDS)) {
            throw new IllegalStateException("waited " + PATIENCE.toSeconds() + " s for " + what);
        }
    }
}
