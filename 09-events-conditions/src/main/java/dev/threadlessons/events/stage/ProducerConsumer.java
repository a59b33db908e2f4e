package dev.threadlessons.events.stage;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.threadlessons.events.BlockingQueueChannel;
import dev.threadlessons.events.ConditionChannel;
import dev.threadlessons.events.Item;
import dev.threadlessons.events.ItemChannel;

/**
 * Producers generate items and consumers wait for them, through any {@link ItemChannel}: the same
 * program runs on the hand-made {@link ConditionChannel} and on {@link BlockingQueueChannel}.
 *
 * <p>Producers are threads named {@code producer-1}, ...; each makes its items one by one, taking
 * {@code produceTime} for each (a sleep standing for real work), so that consumers have to wait.
 * Consumers, named {@code consumer-1}, ..., take items until the channel says no more will come.
 * The channel is closed once every producer has finished. A run that is interrupted while it
 * waits interrupts and joins every thread it started, then throws {@code InterruptedException}.
 *
 * <p>Thread-safety: stateless; each run has its own threads, all joined before it returns.
 */
public final class ProducerConsumer {

    private static final Logger LOG = LoggerFactory.getLogger(ProducerConsumer.class);

    private ProducerConsumer() {
    }

    /**
     * Runs {@code producers} producers of {@code itemsPerProducer} items each, and {@code consumers}
     * consumers, over {@code channel}; returns what was produced and what each consumer took.
     *
     * @throws IllegalStateException if a producer or consumer failed with an exception
     * @throws InterruptedException  if the calling thread was interrupted; every thread the run
     *                               started has ended by then
     */
    public static Delivery run(ItemChannel channel, int producers, int consumers, int itemsPerProducer,
                               Duration produceTime) throws InterruptedException {
        var produced = new ConcurrentLinkedQueue<Item>();
        Map<String, List<Item>> consumedBy = new LinkedHashMap<>();
        var failures = new ConcurrentLinkedQueue<Throwable>();
        var consumerThreads = new ArrayList<Thread>();
        for (int i = 1; i <= consumers; i++) {
            var mine = new ArrayList<Item>();
            consumedBy.put("consumer-" + i, mine);
            consumerThreads.add(start("consumer-" + i, () -> consume(channel, mine), failures));
        }
        var producerThreads = new ArrayList<Thread>();
        for (int i = 1; i <= producers; i++) {
            String name = "producer-" + i;
            producerThreads.add(start(name, () -> produce(channel, name, itemsPerProducer, produceTime, produced),
                    failures));
        }
        try {
            joinAll(producerThreads);
        } catch (InterruptedException e) {
            // Asked to stop: end what this run started before giving up, producers first.
            stopAll(producerThreads);
            channel.close();
            stopAll(consumerThreads);
            throw e;
        }
        // Even if a producer failed: without the close, consumers would wait forever.
        channel.close();
        try {
            joinAll(consumerThreads);
        } catch (InterruptedException e) {
            stopAll(consumerThreads);
            throw e;
        }
        if (!failures.isEmpty()) {
            throw new IllegalStateException("a producer or consumer failed", failures.peek());
        }
        return new Delivery(List.copyOf(produced), consumedBy);
    }

    private interface Work {
        void run() throws InterruptedException;
    }

    private static void produce(ItemChannel channel, String name, int items, Duration produceTime,
                                ConcurrentLinkedQueue<Item> produced) throws InterruptedException {
        for (int sequence = 1; sequence <= items; sequence++) {
            Thread.sleep(produceTime.toMillis());
            var item = new Item(name, sequence);
            produced.add(item);
            LOG.info("produced {}", item);
            channel.put(item);
        }
    }

    /** {@code mine} is written only by this consumer; join() makes it visible to the caller. */
    private static void consume(ItemChannel channel, List<Item> mine) throws InterruptedException {
        while (true) {
            var next = channel.take();
            if (next.isEmpty()) {
                LOG.info("no more data, stopping after {} {}", mine.size(), mine.size() == 1 ? "item" : "items");
                return;
            }
            LOG.info("consumed {}", next.get());
            mine.add(next.get());
        }
    }

    private static Thread start(String name, Work work, ConcurrentLinkedQueue<Throwable> failures) {
        var thread = new Thread(() -> {
            try {
                work.run();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                failures.add(e);
            } catch (RuntimeException e) {
                failures.add(e);
            }
        }, name);
        thread.start();
        return thread;
    }

    /** Interrupts {@code threads} and joins them, whatever the caller's own interrupt status. */
    private static void stopAll(List<Thread> threads) {
        threads.forEach(Thread::interrupt);
        boolean interrupted = false;
        for (Thread thread : threads) {
            while (true) {
                try {
                    thread.join();
                    break;
                } catch (InterruptedException again) {
                    interrupted = true;
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private static void joinAll(List<Thread> threads) throws InterruptedException {
        for (Thread thread : threads) {
            thread.join();
        }
    }
}
