package dev.threadlessons.events.stage;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.Optional;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

import org.junit.jupiter.api.Test;

import dev.threadlessons.events.Item;
import dev.threadlessons.events.ItemChannel;
import dev.threadlessons.util.Explorer;
import dev.threadlessons.util.Game;

class TwoConsumersLevelTest {

    /** ConditionChannel's take with a put that never signals: a waiting consumer is never woken. */
    private static final class MuteChannel implements ItemChannel {
        private final ReentrantLock lock;
        private final Condition notEmpty;
        private final ArrayDeque<Item> items = new ArrayDeque<>();

        MuteChannel(ReentrantLock lock) {
            this.lock = lock;
            this.notEmpty = lock.newCondition();
        }

        @Override
        public void put(Item item) {
            lock.lock();
            try {
                items.addLast(item);
            } finally {
                lock.unlock();
            }
        }

        @Override
        public Optional<Item> take() throws InterruptedException {
            lock.lockInterruptibly();
            try {
                while (items.isEmpty()) {
                    notEmpty.await();
                }
                return Optional.of(items.pollFirst());
            } finally {
                lock.unlock();
            }
        }

        @Override
        public void close() {
            throw new UnsupportedOperationException("the scene never closes its channel");
        }
    }

    /** The scene on the mute channel. */
    private static final class MuteLevel extends TwoConsumersLevel {
        MuteLevel() {
            super(MuteChannel::new, "while (items.isEmpty()) {");
        }

        @Override
        public String name() {
            return "mute";
        }

        @Override
        public String title() {
            return "put without signal()";
        }

        @Override
        public String goal() {
            return "Leave a consumer waiting.";
        }

        @Override
        public String explanation() {
            return "No signal, no wake-up.";
        }
    }

    @Test
    void aConsumerLeftWaitingWithAnItemInTheChannelBreaksTheSceneToo() {
        var report = Explorer.explore(MuteLevel::new, Game.MAX_STEPS);

        assertTrue(report.breaking() > 0, report::toString);
        String outcome = report.firstOutcome().orElseThrow();
        assertTrue(outcome.matches("consumer-[12] waits for ever, with \\[producer-1#[12]] in the channel"), outcome);
    }
}
