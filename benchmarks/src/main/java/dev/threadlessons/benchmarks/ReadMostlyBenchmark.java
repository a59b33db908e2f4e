package dev.threadlessons.benchmarks;

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * When a read-write lock beats a plain lock, and when it does not: lesson 06's
 * {@code ReadWriteLockedRegistry} against the same table behind one {@code ReentrantLock}
 * ({@link RegistryKind}), on a read-mostly load ({@link ReadWriteMix}), on 1, 2 and 4 threads.
 *
 * <p>Two parameters shape the load. {@code read} ({@link ReadKind}) sets how long a read holds
 * the lock: a single lookup, or a scan of all {@value ReadKind#ENTRIES} entries.
 * {@code writeEvery} sets how rare writes are: one operation in 10, or one in 1000. The score is
 * throughput: operations (reads and writes together) per microsecond, all threads together.
 *
 * <p>What to expect: a read-write lock lets readers run side by side, but every reader still
 * updates the lock's shared state (the count of readers inside) with an atomic instruction, on
 * entry and on exit. For a short lookup that bookkeeping is most of the work, and the threads
 * fight over it as over any lock; the read-write lock gains nothing and may lose. A write stops
 * everything: it waits for the readers inside to leave, and readers arriving meanwhile queue
 * behind it, some of them parked and slow to wake. Only when reads are long and writes rare do
 * two readers really work at once on two cores, and only then does the read-write lock pull
 * ahead. Lesson 06 says "measure"; this is the measurement.
 *
 * <p>Do not pass JMH's {@code -t}: it would override the thread count of all three methods.
 *
 * <p>Thread-safety: one instance is shared by all benchmark threads ({@link Scope#Benchmark});
 * {@code registry} is thread-safe, and written once by the trial setup before the threads start.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(3)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
public class ReadMostlyBenchmark {

    /** The lock guarding the table; JMH sets it. */
    @Param
    public RegistryKind lock;

    /** How long each read holds the lock; JMH sets it. */
    @Param
    public ReadKind read;

    /** One operation in this many is a write, the others are reads; JMH sets it. */
    @Param({"10", "1000"})
    public int writeEvery;

    private Registry registry;

    /** A registry holding {@code item-0 = 0} to {@code item-63 = 63}. */
    @Setup(Level.Trial)
    public void fillRegistry() {
        registry = lock.create();
        for (int slot = 0; slot < ReadKind.ENTRIES; slot++) {
            long value = slot;
            registry.update(ReadKind.name(slot), ignored -> value);
        }
    }

    @Benchmark
    @Threads(1)
    public long threads1(ReadWriteMix mix) {
        return operate(mix);
    }

    @Benchmark
    @Threads(2)
    public long threads2(ReadWriteMix mix) {
        return operate(mix);
    }

    @Benchmark
    @Threads(4)
    public long threads4(ReadWriteMix mix) {
        return operate(mix);
    }

    /** One operation of the mix; its result goes back to JMH, so no read can be optimized away. */
    private long operate(ReadWriteMix mix) {
        mix.advance();
        if (mix.isWrite(writeEvery)) {
            return registry.update(ReadKind.name(mix.slot()), value -> value + 1);
        }
        return registry.query(read.question(mix.slot()));
    }

    /** The sum of every value in the table now. */
    long total() {
        return registry.query(ReadKind.SCAN.question(0));
    }
}
