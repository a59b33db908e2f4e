package dev.threadlessons.events.stage;

import dev.threadlessons.events.CheckOnceChannel;

/**
 * The scheduler game's level {@code stolen-wake-up}: two consumers and a producer on
 * {@link CheckOnceChannel}, whose {@code take()} checks for an item once, in an {@code if} around
 * {@code await()}. Broken on purpose, as the channel is: the player wins by waking a consumer for
 * an item that the other consumer takes before the woken one has the lock back, so that its
 * {@code take()} returns no item from a channel that is still open.
 *
 * <p>Thread-safety: not thread-safe, on purpose, in what it plays (the channel's promise that
 * "empty" means "closed"); as a level, used once by one game ({@link TwoConsumersLevel}).
 */
public final class StolenWakeUpLevel extends TwoConsumersLevel {

    /** A fresh level, not started. */
    public StolenWakeUpLevel() {
        super(CheckOnceChannel::new, "if (items.isEmpty() && !closed) {");
    }

    @Override
    public String name() {
        return "stolen-wake-up";
    }

    @Override
    public String title() {
        return "await in an if: two consumers and a producer on CheckOnceChannel";
    }

    @Override
    public String goal() {
        return "Make a consumer's take() return no item from the open channel (it is never closed here):\n"
                + "wake it for an item, and let the other consumer take that item before it has the lock back.";
    }

    @Override
    public String explanation() {
        return "await() returns only once the woken consumer has the lock back. signal() moved it from the\n"
                + "condition's queue to the end of the lock's queue, and the other consumer, ahead of it there,\n"
                + "had the lock first and took the item. With an if, take() does not check again after waking:\n"
                + "it returns no item from a channel that is still open, and the consumer stops as if the data\n"
                + "had ended. Level while-loop plays the same scene on ConditionChannel, which checks in a while.";
    }
}
