package dev.threadlessons.events.stage;

import dev.threadlessons.events.ConditionChannel;

/**
 * The scheduler game's level {@code while-loop}: the scene of {@link StolenWakeUpLevel} on the
 * correct {@link ConditionChannel}, whose {@code take()} checks for an item in a {@code while}
 * around {@code await()}. No schedule breaks it: a consumer whose item was taken first waits
 * again, and the second item wakes it.
 *
 * <p>Thread-safety: the channel is thread-safe; as a level, used once by one game
 * ({@link TwoConsumersLevel}).
 */
public final class WhileLoopLevel extends TwoConsumersLevel {

    /** A fresh level, not started. */
    public WhileLoopLevel() {
        super(ConditionChannel::new, "while (items.isEmpty() && !closed) {");
    }

    @Override
    public String name() {
        return "while-loop";
    }

    @Override
    public String title() {
        return "await in a while: the same scene on ConditionChannel";
    }

    @Override
    public String goal() {
        return "Try the moves that broke stolen-wake-up: make a consumer's take() return no item from the\n"
                + "open channel, or leave a consumer waiting for ever with an item in the channel.";
    }

    @Override
    public String explanation() {
        return "A consumer woken for an item that the other took first has the lock back with the channel\n"
                + "empty; its while checks again and it waits again, so take() returns only with an item. Each\n"
                + "put() signals one waiting consumer, so the second item wakes a consumer that waits again.";
    }
}
