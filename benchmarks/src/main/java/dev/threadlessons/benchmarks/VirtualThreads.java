package dev.threadlessons.benchmarks;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.Optional;
import java.util.concurrent.ThreadFactory;

/**
 * Virtual threads for code compiled for Java 17, which cannot name {@code Thread.ofVirtual()}:
 * on a JDK 21 or newer it finds {@code Thread.ofVirtual().factory()} through method handles at
 * run time; on an older JDK it says there are none, and the module still builds and runs there.
 *
 * <p>The factory returned makes unstarted, unnamed virtual threads, exactly as
 * {@code Thread.ofVirtual().factory()} would; the caller starts and joins them like any thread.
 *
 * <p>Thread-safety: stateless. The factory it returns is safe for use by several threads at once.
 */
public final class VirtualThreads {

    /** The first Java release in which virtual threads are a final feature. */
    public static final int FIRST_RELEASE = 21;

    private VirtualThreads() {
    }

    /** A factory of virtual threads, or empty when this JVM is older than {@link #FIRST_RELEASE}. */
    public static Optional<ThreadFactory> factory() {
        if (Runtime.version().feature() < FIRST_RELEASE) {
            return Optional.empty();
        }
        try {
            var lookup = MethodHandles.publicLookup();
            Class<?> builder = Class.forName("java.lang.Thread$Builder");
            Class<?> ofVirtual = Class.forName("java.lang.Thread$Builder$OfVirtual");
            MethodHandle newBuilder = lookup.findStatic(Thread.class, "ofVirtual", MethodType.methodType(ofVirtual));
            MethodHandle factoryOf = lookup.findVirtual(builder, "factory", MethodType.methodType(ThreadFactory.class));
            return Optional.of((ThreadFactory) factoryOf.invoke(newBuilder.invoke()));
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException("JDK " + Runtime.version() + " should offer Thread.ofVirtual()", e);
        }
    }

    /** Why there is no factory on this JVM, for a reader who ran a benchmark that needs one. */
    public static String unavailableMessage() {
        return "virtual threads need JDK " + FIRST_RELEASE + " or newer; this JVM is " + Runtime.version()
                + ". Skip this benchmark with: -e virtualThread";
    }
}
