package dev.threadlessons.util;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.threadlessons.util.Level.CodeLine;

/** Small levels for the stepper's and the game's own tests: a lost update, its fix, a deadlock, a monitor. */
final class SampleLevels {

    private static final Logger LOG = LoggerFactory.getLogger(SampleLevels.class);

    private SampleLevels() {
    }

    /** Two threads add 1 to a plain counter, read and write in two steps. Not thread-safe, on purpose. */
    static final class LostUpdate implements Level {
        private int count;

        @Override
        public String name() {
            return "lost-update";
        }

        @Override
        public String title() {
            return "two threads add 1 to one counter";
        }

        @Override
        public String goal() {
            return "Make the counter end at 1 although both threads added 1.";
        }

        @Override
        public List<CodeLine> code(String thread) {
            return List.of(new CodeLine("read", "int value = count;"), new CodeLine("write", "count = value + 1;"));
        }

        @Override
        public void start(Stepper stepper) {
            for (String name : List.of("worker-1", "worker-2")) {
                stepper.start(name, () -> {
                    stepper.step("read", () -> "count (" + count + ")");
                    int value = count;
                    stepper.step("write", () -> "count = " + (value + 1));
                    count = value + 1;
                    LOG.info("wrote {}", value + 1);
                });
            }
        }

        @Override
        public String state() {
            return "count = " + count;
        }

        @Override
        public Optional<String> outcome(Stepper stepper) {
            return stepper.finished() && count != 2
                    ? Optional.of("both threads added 1 and count = " + count + ": an update was lost")
                    : Optional.empty();
        }

        @Override
        public String explanation() {
            return "Both read before either wrote.";
        }
    }

    /** The same counter, each update under one ReentrantLock. */
    static final class Locked implements Level {
        private final ReentrantLock lock = new ReentrantLock();
        private int count;

        @Override
        public String name() {
            return "locked";
        }

        @Override
        public String title() {
            return "the same counter under a lock";
        }

        @Override
        public String goal() {
            return "Try to lose an update.";
        }

        @Override
        public List<CodeLine> code(String thread) {
            return List.of(new CodeLine("lock", "lock.lock();"), new CodeLine("read", "int value = count;"),
                    new CodeLine("write", "count = value + 1;"), new CodeLine("unlock", "lock.unlock();"));
        }

        @Override
        public void start(Stepper stepper) {
            for (String name : List.of("worker-1", "worker-2")) {
                stepper.start(name, () -> {
                    stepper.step("lock");
                    lock.lockInterruptibly();
                    try {
                        stepper.step("read", () -> "count (" + count + ")");
                        int value = count;
                        stepper.step("write");
                        count = value + 1;
                        stepper.step("unlock");
                    } finally {
                        lock.unlock();
                    }
                });
            }
        }

        @Override
        public String state() {
            return "count = " + count;
        }

        @Override
        public Optional<String> outcome(Stepper stepper) {
            return stepper.finished() && count != 2 ? Optional.of("an update was lost") : Optional.empty();
        }

        @Override
        public String explanation() {
            return "The lock lets one thread at a time between read and write.";
        }
    }

    /** Two threads take two locks in opposite orders: a deadlock is possible. */
    static final class Deadlock implements Level {
        private final ReentrantLock a = new ReentrantLock();
        private final ReentrantLock b = new ReentrantLock();

        @Override
        public String name() {
            return "deadlock";
        }

        @Override
        public String title() {
            return "two locks, opposite orders";
        }

        @Override
        public String goal() {
            return "Make both threads wait for each other for ever.";
        }

        @Override
        public List<CodeLine> code(String thread) {
            return thread.equals("teller-1")
                    ? List.of(new CodeLine("first", "a.lock();"), new CodeLine("second", "b.lock();"))
                    : List.of(new CodeLine("first", "b.lock();"), new CodeLine("second", "a.lock();"));
        }

        @Override
        public void start(Stepper stepper) {
            stepper.start("teller-1", () -> both(stepper, a, b));
            stepper.start("teller-2", () -> both(stepper, b, a));
        }

        private static void both(Stepper stepper, ReentrantLock first, ReentrantLock second) throws InterruptedException {
            stepper.step("first");
            first.lockInterruptibly();
            try {
                stepper.step("second");
                second.lockInterruptibly();
                second.unlock();
            } finally {
                first.unlock();
            }
        }

        @Override
        public String state() {
            return "a held by " + owner(a) + ", b held by " + owner(b);
        }

        private static String owner(ReentrantLock lock) {
            return lock.isLocked() ? "someone" : "nobody";
        }

        @Override
        public Optional<String> outcome(Stepper stepper) {
            return stepper.stuck() && stepper.deadlockedThreads().size() == 2
                    ? Optional.of("deadlock: " + String.join(" and ", stepper.deadlockedThreads().stream().sorted().toList()))
                    : Optional.empty();
        }

        @Override
        public String explanation() {
            return "Each holds one lock and waits for the other's.";
        }
    }

    /** Two threads enter one monitor: the second is BLOCKED while the first is inside. */
    static final class Monitor implements Level {
        private final Object monitor = new Object();
        private int inside;

        @Override
        public String name() {
            return "monitor";
        }

        @Override
        public String title() {
            return "synchronized";
        }

        @Override
        public String goal() {
            return "Get both threads inside at once.";
        }

        @Override
        public List<CodeLine> code(String thread) {
            return List.of(new CodeLine("enter", "synchronized (monitor) {"), new CodeLine("leave", "}"));
        }

        @Override
        public void start(Stepper stepper) {
            for (String name : List.of("customer-1", "customer-2")) {
                stepper.start(name, () -> {
                    stepper.step("enter");
                    synchronized (monitor) {
                        inside++;
                        stepper.step("leave");
                        inside--;
                    }
                });
            }
        }

        @Override
        public String state() {
            return inside + " inside";
        }

        @Override
        public Optional<String> outcome(Stepper stepper) {
            return inside > 1 ? Optional.of("two inside") : Optional.empty();
        }

        @Override
        public String explanation() {
            return "A monitor lets one thread in at a time.";
        }
    }
}
