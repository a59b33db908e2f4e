package dev.threadlessons.introspection;

import java.util.Comparator;
import java.util.Optional;

/**
 * Finds the JVM's own main thread, the one the {@code java} launcher ran {@code main} on.
 *
 * <p>Python has {@code threading.main_thread()}; Java has no such method. The launcher names that
 * thread {@code main} and puts it in the thread group {@code main}, so this class looks for a live
 * thread with both names. It is a convention, not a guarantee: any code may name a thread
 * {@code main}, and the lowest id wins a tie. It is also not always the thread running your
 * {@code main} method: under Maven's {@code exec:java}, the JVM's {@code main} thread runs Maven,
 * and the plugin calls {@code main} on a thread of its own, named after the class
 * ({@code dev.threadlessons.introspection.Demo.main()}), in a thread group of its own. This
 * project's tests run elsewhere too, on {@code junit-timeout-thread-N}, but only because of its
 * JUnit setting {@code timeout.thread.mode.default = SEPARATE_THREAD}: Surefire itself runs tests
 * on {@code main}.
 *
 * <p>Thread-safety: stateless, safe from any thread.
 */
public final class MainThreads {

    static final String MAIN = "main";

    private MainThreads() {
    }

    // tag::jvmMain[]
    /** The live thread named {@code main} in the group {@code main}, if there is one. */
    public static Optional<Thread> jvmMain() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> MAIN.equals(thread.getName()))
                .filter(thread -> {
                    var group = thread.getThreadGroup();
                    return group != null && MAIN.equals(group.getName());
                })
                .min(Comparator.comparingLong(Thread::getId));
    }
    // end::jvmMain[]
}
