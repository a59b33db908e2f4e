package dev.threadlessons.benchmarks;

import java.time.Duration;
import java.util.ArrayList;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Starts the JVM's virtual-thread scheduler before the tests do, on a JDK that has one. Its
 * platform threads (one carrier per core, and on newer JDKs a helper that unblocks virtual
 * threads) start lazily and then stay alive, idle; test-support's ThreadLeakChecker would take
 * them for threads a test leaked. Started in {@code @BeforeAll}, they exist before the checker's
 * snapshot of each test.
 */
final class WarmVirtualScheduler {

    private WarmVirtualScheduler() {
    }

    /** Brings up every carrier, if this JVM has virtual threads; call it from {@code @BeforeAll}. */
    static void warmUp() throws InterruptedException {
        var factory = VirtualThreads.factory();
        if (factory.isPresent()) {
            startEveryCarrier(factory.get());
        }
    }

    private static void startEveryCarrier(ThreadFactory virtual) throws InterruptedException {
        // A spinning virtual thread keeps its carrier, so the scheduler has to start one carrier
        // per spinner. The deadline keeps a surprise from hanging the tests.
        int carriers = Runtime.getRuntime().availableProcessors();
        var mounted = new AtomicInteger();
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        var spinners = new ArrayList<Thread>();
        for (int i = 0; i < carriers; i++) {
            Thread spinner = virtual.newThread(() -> {
                mounted.incrementAndGet();
                while (mounted.get() < carriers && System.nanoTime() < deadline) {
                    Thread.onSpinWait();
                }
            });
            spinner.start();
            spinners.add(spinner);
        }
        for (Thread spinner : spinners) {
            spinner.join();
        }
    }
}
