package dev.threadlessons.virtualthreads;

import java.time.Duration;
import java.util.ArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import dev.threadlessons.util.Timeline;

/**
 * Starts the JVM's virtual-thread scheduler before the tests do. Its platform threads (one
 * carrier per core, plus a timer thread for sleeps) are started lazily and then stay alive,
 * idle, for a while; test-support's ThreadLeakChecker would take them for threads a test
 * leaked. Started in {@code @BeforeAll}, they exist before the checker's snapshot of each test.
 */
final class WarmScheduler {

    private WarmScheduler() {
    }

    /** Brings up every carrier and the timer; call it from {@code @BeforeAll}. */
    static void warmUp() throws InterruptedException {
        // Spinning threads do not give up their carrier, so the scheduler must start as many
        // carriers as there are spinners. The deadline keeps a surprise from hanging the tests.
        int carriers = Runtime.getRuntime().availableProcessors();
        var mounted = new AtomicInteger();
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        var spinners = new ArrayList<Thread>();
        for (int i = 0; i < carriers; i++) {
            spinners.add(Thread.ofVirtual().start(() -> {
                mounted.incrementAndGet();
                while (mounted.get() < carriers && System.nanoTime() < deadline) {
                    Thread.onSpinWait();
                }
            }));
        }
        for (Thread spinner : spinners) {
            spinner.join();
        }
        // A timed sleep on a virtual thread starts the scheduler's timer thread.
        SleepingTasks.onVirtualThreads(carriers, Duration.ofMillis(1), new Timeline());
    }
}
