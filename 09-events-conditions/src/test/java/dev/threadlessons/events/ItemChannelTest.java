package dev.threadlessons.events;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import dev.threadlessons.events.stage.ProducerConsumer;
import dev.threadlessons.testing.TestThreads;
import dev.threadlessons.testing.TestThreads.Started;
import dev.threadlessons.testing.ThreadWaits;

/**
 * The same claims for every working channel: on a Condition, on a BlockingQueue, on a monitor, and
 * bounded to two items, so that producers wait too. A
 * consumer of the Condition, queue and bounded channels waits parked on a {@code ConditionObject}, one of the monitor channel
 * in {@code Object.wait} on the channel itself, which the JVM names as its lock too.
 */
class ItemChannelTest {

    static Stream<Arguments> channels() {
        return Stream.of(
                Arguments.of("Condition", (Supplier<ItemChannel>) ConditionChannel::new),
                Arguments.of("BlockingQueue", (Supplier<ItemChannel>) BlockingQueueChannel::new),
                Arguments.of("Monitor", (Supplier<ItemChannel>) MonitorChannel::new),
                Arguments.of("Bounded(2)", (Supplier<ItemChannel>) () -> new BoundedChannel(2)));
    }

    static Stream<Arguments> channelsAndCounts() {
        int[][] counts = {{1, 1, 200}, {1, 4, 200}, {4, 1, 100}, {3, 3, 100}, {8, 8, 50}, {2, 12, 50}};
        return channels().flatMap(channel -> Stream.of(counts).map(count -> Arguments.of(
                channel.get()[0], channel.get()[1], count[0], count[1], count[2])));
    }

    @ParameterizedTest(name = "{0}: {2} producers, {3} consumers, {4} items each")
    @MethodSource("channelsAndCounts")
    void everyItemProducedIsConsumedExactlyOnce(String kind, Supplier<ItemChannel> channel,
                                                int producers, int consumers, int items) throws Exception {
        var delivery = ProducerConsumer.run(channel.get(), producers, consumers, items, Duration.ZERO);

        assertEquals(producers * items, delivery.produced().size());
        assertEquals(0, delivery.lost(), delivery.summary());
        assertEquals(0, delivery.duplicated(), delivery.summary());
        assertTrue(delivery.exactlyOnce(), delivery.summary());
        assertEquals(consumers, delivery.consumedBy().size());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("channels")
    void consumersBlockWhileEmptyOneItemGoesToOneOfThemAndCloseEndsTheRest(String kind,
                                                                            Supplier<ItemChannel> supplier)
            throws Exception {
        var channel = supplier.get();
        var consumers = new ArrayList<Started<Optional<Item>>>();
        for (int i = 1; i <= 3; i++) {
            consumers.add(TestThreads.start("consumer-" + i, channel::take));
        }
        var threads = consumers.stream().map(Started::thread).toList();
        try {
            ThreadWaits.untilParkedOn(blocker(kind), threads);
            consumers.forEach(consumer -> assertFalse(consumer.outcome().isDone()));

            var item = new Item("producer-1", 1);
            channel.put(item);

            await().atMost(TestThreads.PATIENCE).until(() -> doneCount(consumers) == 1);
            var taker = consumers.stream().filter(consumer -> consumer.outcome().isDone()).findFirst().orElseThrow();
            assertEquals(Optional.of(item), taker.outcome().get());
            ThreadWaits.untilParkedOn(blocker(kind), threads.stream().filter(thread -> thread != taker.thread()).toList());
            assertEquals(1, doneCount(consumers), "the others must still be waiting");

            channel.close();

            for (var consumer : consumers) {
                if (consumer != taker) {
                    assertEquals(Optional.empty(), consumer.outcome().get(10, TimeUnit.SECONDS));
                }
            }
        } finally {
            channel.close();
            TestThreads.joinAll(threads);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("channels")
    void anInterruptedConsumerGetsInterruptedExceptionAndTheChannelGoesOnWorking(String kind,
                                                                               Supplier<ItemChannel> supplier)
            throws Exception {
        var channel = supplier.get();
        Started<Optional<Item>> interrupted = TestThreads.start("consumer-1", channel::take);
        Started<Optional<Item>> other = TestThreads.start("consumer-2", channel::take);
        try {
            ThreadWaits.untilParkedOn(blocker(kind), List.of(interrupted.thread(), other.thread()));

            interrupted.thread().interrupt();

            assertInstanceOf(InterruptedException.class, interrupted.failure());
            var item = new Item("producer-1", 1);
            channel.put(item);
            assertEquals(Optional.of(item), other.result(), "the item goes to the consumer still waiting");
            channel.put(new Item("producer-1", 2));
            channel.close();
            assertEquals(Optional.of(new Item("producer-1", 2)), channel.take());
            assertEquals(Optional.empty(), channel.take());
        } finally {
            channel.close();
            TestThreads.joinAll(interrupted.thread(), other.thread());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("channels")
    void aCloseOnAnInterruptedThreadStillEndsEveryConsumer(String kind, Supplier<ItemChannel> supplier)
            throws Exception {
        var channel = supplier.get();
        var consumers = List.of(TestThreads.start("consumer-1", channel::take),
                TestThreads.start("consumer-2", channel::take));
        var threads = consumers.stream().map(Started::thread).toList();
        try {
            ThreadWaits.untilParkedOn(blocker(kind), threads);

            Started<Boolean> closer = TestThreads.start("closer", () -> {
                Thread.currentThread().interrupt();
                channel.close();
                return Thread.currentThread().isInterrupted();
            });

            assertTrue(closer.result(), "close() neither throws nor clears the interrupt status");
            for (var consumer : consumers) {
                assertEquals(Optional.empty(), consumer.outcome().get(10, TimeUnit.SECONDS), consumer.name());
            }
        } finally {
            channel.close();
            TestThreads.joinAll(threads);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("channels")
    void afterCloseConsumersGetTheRestAndThenTheEndEveryTime(String kind, Supplier<ItemChannel> supplier)
            throws InterruptedException {
        var channel = supplier.get();
        var first = new Item("producer-1", 1);
        var second = new Item("producer-1", 2);
        channel.put(first);
        channel.put(second);

        channel.close();
        channel.close();

        assertEquals(Optional.of(first), channel.take());
        assertEquals(Optional.of(second), channel.take());
        assertEquals(Optional.empty(), channel.take());
        assertEquals(Optional.empty(), channel.take());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("channels")
    void puttingIntoAClosedChannelIsRejected(String kind, Supplier<ItemChannel> supplier)
            throws InterruptedException {
        var channel = supplier.get();
        channel.close();

        var error = assertThrows(IllegalStateException.class, () -> channel.put(new Item("producer-1", 7)));

        assertEquals("channel is closed: cannot put producer-1#7", error.getMessage());
        assertEquals(Optional.empty(), channel.take());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("channels")
    void aNullItemIsRejected(String kind, Supplier<ItemChannel> supplier) {
        var channel = supplier.get();

        var error = assertThrows(NullPointerException.class, () -> channel.put(null));

        assertEquals("item must not be null", error.getMessage());
    }

    /** What a consumer of this kind of channel waits on, as the JVM names it. */
    private static String blocker(String kind) {
        return kind.equals("Monitor") ? MonitorChannel.class.getName() : "ConditionObject";
    }

    private static long doneCount(List<Started<Optional<Item>>> consumers) {
        return consumers.stream().filter(consumer -> consumer.outcome().isDone()).count();
    }
}
