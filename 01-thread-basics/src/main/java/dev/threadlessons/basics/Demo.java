package dev.threadlessons.basics;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.threadlessons.util.Banner;

/** Placeholder. */
public final class Demo {
    private static final Logger LOG = LoggerFactory.getLogger(Demo.class);

    public static void main(String[] args) throws InterruptedException {
        Banner.header(LOG, "Lesson 01", "thread basics");
        var t = new Thread(() -> LOG.info("hello"), "worker-1");
        t.start();
        t.join();
    }
}
