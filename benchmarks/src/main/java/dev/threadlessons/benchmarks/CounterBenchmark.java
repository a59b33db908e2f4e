package dev.threadlessons.benchmarks;

import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

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
import org.openjdk.jmh.infra.BenchmarkParams;

import dev.threadlessons.locks.Counter;

/**
 * What it costs to make lesson 06's shared counter correct, and how that cost grows when more
 * threads want the counter at the same moment.
 *
 * <p>Every benchmark thread does nothing but increment one counter that all of them share, as
 * fast as it can: the worst case, all contention and no other work. {@code threads1},
 * {@code threads2} and {@code threads4} run the same body on 1, 2 and 4 threads; the
 * {@code counter} parameter picks the guard ({@link CounterKind}). The score is throughput: how
 * many increments all threads together complete per microsecond. Perfect scaling on a 2-core
 * machine would double it from 1 to 2 threads. At most two threads run at any instant there, so
 * 4 threads cannot add parallelism; a higher score at 4 than at 2 comes from how the threads take
 * turns (one may run alone for a while), not from more of them running at once.
 *
 * <p>What to expect: with one thread nobody waits, and a lock costs only its own bookkeeping
 * (an atomic instruction or two): a few nanoseconds. With two or more, threads queue for the same
 * lock or fight over the same cache line, and throughput drops, often below the one-thread
 * figure: contention, not locking, is what costs. {@link CounterKind#LONG_ADDER} spreads
 * contending threads over several cells (at most the number of CPUs, rounded up to a power of
 * two: JDK {@code Striped64}) and keeps scaling with the CPUs; {@link CounterKind#UNSYNCHRONIZED} is fast
 * and wrong. The line each run prints at its end ({@link CountCheck}) says how wrong, and how
 * evenly the threads shared the increments: an unfair lock can score well by letting one thread
 * take it again and again while the others sleep.
 *
 * <p>Do not pass JMH's {@code -t}: it would override the thread count of all three methods.
 *
 * <p>Thread-safety: one instance is shared by all benchmark threads ({@link Scope#Benchmark});
 * {@code shared} is safe exactly as far as its {@link CounterKind} says. JMH's setup happens
 * before the threads start measuring. The tallies ({@code made}, {@code fewest}, {@code most},
 * {@code finished}) are thread-safe.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(3)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
public class CounterBenchmark {

    /** The guard under test; JMH sets it, one trial per value. */
    @Param
    public CounterKind counter;

    /** Written once by the trial setup, before any benchmark thread increments it. */
    private Counter shared;
    private int threads;
    private final LongAdder made = new LongAdder();
    private final AtomicLong fewest = new AtomicLong(Long.MAX_VALUE);
    private final AtomicLong most = new AtomicLong();
    private final AtomicInteger finished = new AtomicInteger();

    /** A fresh counter for every trial, so that each trial's final count can be checked. */
    @Setup(Level.Trial)
    public void createCounter(BenchmarkParams params) {
        prepare(params.getThreads());
    }

    /** Makes a fresh counter for a trial of {@code threadCount} benchmark threads. */
    void prepare(int threadCount) {
        shared = counter.create();
        threads = threadCount;
    }

    @Benchmark
    @Threads(1)
    public void threads1(IncrementTally tally) {
        increment(tally);
    }

    @Benchmark
    @Threads(2)
    public void threads2(IncrementTally tally) {
        increment(tally);
    }

    @Benchmark
    @Threads(4)
    public void threads4(IncrementTally tally) {
        increment(tally);
    }

    /** The one thing every benchmark thread does; the tally is a field no other thread touches. */
    private void increment(IncrementTally tally) {
        shared.increment();
        tally.made++;
    }

    /**
     * Called by each benchmark thread after its last increment; returns the check to the last of
     * them, and nothing to the others. The last one sees every other thread's increments: each
     * thread's {@code incrementAndGet} on {@code finished} comes after its own increments and
     * before the last thread's, which orders them (happens-before).
     */
    Optional<CountCheck> threadFinished(long madeByThisThread) {
        made.add(madeByThisThread);
        fewest.accumulateAndGet(madeByThisThread, Math::min);
        most.accumulateAndGet(madeByThisThread, Math::max);
        if (finished.incrementAndGet() < threads) {
            return Optional.empty();
        }
        String subject = counter + " on " + threads + (threads == 1 ? " thread" : " threads");
        return Optional.of(new CountCheck(subject, made.sum(), shared.get(), fewest.get(), most.get()));
    }
}
