package dev.threadlessons.speedup;

import java.util.List;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** A job that counts how often each of its chunks ran; chunk i returns i + 1. Thread-safe. */
final class CountingJob implements Job {

    private final String name;
    private final AtomicIntegerArray runs;

    CountingJob(String name, int chunks) {
        this.name = name;
        this.runs = new AtomicIntegerArray(chunks);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public int chunkCount() {
        return runs.length();
    }

    @Override
    public long runChunk(int chunk) {
        runs.incrementAndGet(chunk);
        return chunk + 1;
    }

    /** The result {@link #run()} gives: 1 + 2 + ... + chunks. */
    long expectedResult() {
        return (long) chunkCount() * (chunkCount() + 1) / 2;
    }

    List<Integer> runsPerChunk() {
        return IntStream.range(0, runs.length()).mapToObj(runs::get).collect(Collectors.toList());
    }
}
