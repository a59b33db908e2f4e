package dev.threadlessons.speedup;

import java.util.concurrent.CountDownLatch;

/** A child JVM main that says it is ready and then never answers, the way a stuck child would. */
public final class SilentChild {

    private SilentChild() {
    }

    public static void main(String[] args) throws InterruptedException {
        System.out.println(PrimeWorker.READY);
        System.out.flush();
        new CountDownLatch(1).await();
    }
}
