package dev.threadlessons.events.stage;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.threadlessons.events.Item;
import dev.threadlessons.events.ItemChannel;
import dev.threadlessons.util.Level;
import dev.threadlessons.util.Stepper;

/**
 * The scene of the scheduler game's two levels in this lesson ({@link StolenWakeUpLevel},
 * {@link WhileLoopLevel}): {@code consumer-1} and {@code consumer-2} each take one item from a
 * channel, and {@code producer-1} puts two. The channel is never closed, so a {@code take()} that
 * returns no item has returned it from an open channel, which is what breaks the scene.
 *
 * <p>The steps are points of the lesson's own code: each thread's body steps before it calls
 * {@code put} or {@code take}, and the channel's lock is a {@link WatchedLock} that steps in each
 * consumer that begins to wait, while it still holds the lock, just before {@code await()} lets go
 * of it. So {@code put} and the rest of {@code take} each run as one step, and a player can leave a
 * consumer holding the lock at its {@code await()} while the others queue for it.
 *
 * <p>Every wait of the scene ends when the level is closed: a thread at its step, or in
 * {@code await()}, is interrupted; a producer in {@code put}'s {@code lock()}, which is not
 * interruptible, waits only for a consumer at its {@code await()} step, which the interrupt sends
 * out of {@code take()} and so lets go of the lock.
 *
 * <p>Thread-safety: the scene's threads write what they put and took into concurrent collections
 * before they reach their next step or end; the controlling thread reads them once they are
 * still ({@link Level}).
 */
abstract class TwoConsumersLevel implements Level {

    static final String CONSUMER_1 = "consumer-1";
    static final String PRODUCER = "producer-1";
    static final String CONSUMER_2 = "consumer-2";
    static final String TAKE = "take";
    static final String AWAIT = "await";

    private static final Logger LOG = LoggerFactory.getLogger(TwoConsumersLevel.class);
    private static final int ITEMS = 2;

    private final Function<ReentrantLock, ItemChannel> channelOn;
    private final String check;
    /** The items producer-1 has put, in order. */
    private final List<Item> put = new CopyOnWriteArrayList<>();
    /** What each consumer's take() returned, once it has. */
    private final Map<String, Optional<Item>> took = new ConcurrentHashMap<>();
    private volatile ReentrantLock lock;

    /**
     * @param channelOn builds the lesson's channel on the lock it is given
     * @param check     the line of {@code take()} that checks for an item, as the channel has it
     */
    TwoConsumersLevel(Function<ReentrantLock, ItemChannel> channelOn, String check) {
        this.channelOn = channelOn;
        this.check = check;
    }

    @Override
    public List<CodeLine> code(String thread) {
        if (thread.equals(PRODUCER)) {
            var lines = new ArrayList<CodeLine>();
            for (int n = 1; n <= ITEMS; n++) {
                lines.add(new CodeLine(putKey(n), "put(" + new Item(PRODUCER, n) + ");"));
            }
            lines.addAll(List.of(CodeLine.plain(""), CodeLine.plain("put(item) {"),
                    CodeLine.plain("  lock.lock();"), CodeLine.plain("  items.addLast(item);"),
                    CodeLine.plain("  notEmpty.signal();"), CodeLine.plain("  lock.unlock(); // finally"),
                    CodeLine.plain("}")));
            return lines;
        }
        return List.of(new CodeLine(TAKE, "take() {"), CodeLine.plain("  lock.lockInterruptibly();"),
                CodeLine.plain("  " + check), new CodeLine(AWAIT, "    notEmpty.await();"), CodeLine.plain("  }"),
                CodeLine.plain("  return Optional.ofNullable("), CodeLine.plain("      items.pollFirst());"),
                CodeLine.plain("  lock.unlock(); // finally"), CodeLine.plain("}"));
    }

    @Override
    public void start(Stepper stepper) {
        // The consumer steps while it holds the lock: a player may keep it there while others queue.
        var watched = new WatchedLock(() -> stepOrStop(stepper, AWAIT));
        lock = watched;
        ItemChannel channel = channelOn.apply(watched);
        stepper.start(CONSUMER_1, () -> consume(stepper, channel));
        stepper.start(PRODUCER, () -> {
            for (int n = 1; n <= ITEMS; n++) {
                var item = new Item(PRODUCER, n);
                stepper.step(putKey(n));
                channel.put(item);
                put.add(item);
            }
        });
        stepper.start(CONSUMER_2, () -> consume(stepper, channel));
    }

    private void consume(Stepper stepper, ItemChannel channel) throws InterruptedException {
        stepper.step(TAKE);
        Optional<Item> got = channel.take();
        took.put(Thread.currentThread().getName(), got);
        // The same lines as the forced scene (StolenWakeUp); this channel is never closed.
        LOG.info(got.map(item -> "consumed " + item)
                .orElse("take() returned no item from an OPEN channel: it takes that for the end and stops"));
    }

    /**
     * Steps from inside {@code await()}, where nothing may throw an {@code InterruptedException}:
     * when the level is closed at this step, the interrupt is kept, so that the real
     * {@code await()} throws it at once and the consumer leaves {@code take()}.
     */
    private static void stepOrStop(Stepper stepper, String key) {
        try {
            stepper.step(key);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String putKey(int n) {
        return "put #" + n;
    }

    @Override
    public String state() {
        return "channel " + inChannel() + ", open; lock " + (lock.isLocked() ? "held" : "free") + "; "
                + CONSUMER_1 + " " + got(CONSUMER_1) + ", " + CONSUMER_2 + " " + got(CONSUMER_2);
    }

    private List<Item> inChannel() {
        var left = new ArrayList<>(put);
        took.values().forEach(item -> item.ifPresent(left::remove));
        return left;
    }

    private String got(String consumer) {
        Optional<Item> got = took.get(consumer);
        if (got == null) {
            return "has no item yet";
        }
        return got.map(item -> "took " + item).orElse("got no item");
    }

    @Override
    public Optional<String> outcome(Stepper stepper) {
        for (String consumer : List.of(CONSUMER_1, CONSUMER_2)) {
            Optional<Item> got = took.get(consumer);
            if (got != null && got.isEmpty()) {
                String other = consumer.equals(CONSUMER_1) ? CONSUMER_2 : CONSUMER_1;
                // With two items and one each, an empty take() means the other took the item it was woken for.
                return Optional.of(consumer + " was woken for an item, "
                        + took.getOrDefault(other, Optional.empty()).map(item -> other + " took " + item).orElse("another thread took it")
                        + " before " + consumer + " had the lock back, and " + consumer
                        + "'s take() returned no item from an OPEN channel: it takes that for the end and stops");
            }
        }
        if (stepper.stuck()) {
            // A consumer left waiting with an item in the channel: a lost wake-up breaks the scene too.
            var waiting = stepper.views().stream().filter(view -> view.status() == Stepper.Status.STUCK)
                    .map(Stepper.View::name).toList();
            return Optional.of(String.join(" and ", waiting) + (waiting.size() == 1 ? " waits" : " wait")
                    + " for ever, with " + inChannel() + " in the channel");
        }
        return Optional.empty();
    }
}
