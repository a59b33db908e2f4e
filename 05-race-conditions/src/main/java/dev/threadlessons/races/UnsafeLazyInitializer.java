package dev.threadlessons.races;

import java.util.Objects;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.threadlessons.races.stage.RaceWindow;

/**
 * Creates an expensive object on first use and hands out the same one afterwards, or means to:
 * {@code if (instance == null) instance = create();} is check-then-act, and two threads that both
 * see {@code null} both create one. Whatever the object is (a connection pool, a cache, a
 * "singleton"), there are now two, and each caller holds a different one.
 *
 * <p>Not thread-safe, on purpose. The field is {@code volatile}, so visibility is not the issue
 * and there is no data race (JLS 17.4.5); it is a race condition all the same (check-then-act,
 * Java Concurrency in Practice, 2.2): the check and the assignment are two steps with a
 * {@link RaceWindow} between them. A lock held across both (lesson 06's {@code synchronized})
 * fixes it.
 *
 * @param <T> the type of the object created
 */
public final class UnsafeLazyInitializer<T> {

    private static final Logger LOG = LoggerFactory.getLogger(UnsafeLazyInitializer.class);

    private final Supplier<T> factory;
    private final RaceWindow window;
    /** Not guarded: written by whichever thread created an instance last. */
    private volatile T instance;

    /** Creates the instance with {@code factory} on first use, pausing creators in {@code window}. */
    public UnsafeLazyInitializer(Supplier<T> factory, RaceWindow window) {
        this.factory = Objects.requireNonNull(factory, "factory");
        this.window = window;
    }

    /** The instance, created by this call if the calling thread saw none. */
    public T get() {
        T seen = instance;
        if (seen != null) {
            return seen;
        }
        LOG.info("no instance yet: creating one");
        window.pause();                 // the one line for the demo: holds the thread here
        T created = Objects.requireNonNull(factory.get(), "the factory returned null");
        instance = created;
        LOG.info("created {}", created);
        return created;
    }
}
