package dev.threadlessons.introspection;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;


/**
 * Where a thread is in its code, from {@link Thread#getAllStackTraces()}: the frame on top of its
 * stack (often a JDK method such as {@code Thread.sleep} or {@code Unsafe.park}) and the topmost
 * frame of this lesson's own code, which says which of our lines got it there.
 *
 * <p>Thread-safety: immutable.
 *
 * @param thread   the thread's name
 * @param topFrame the frame it is executing, or {@code "(no frames)"}
 * @param ownFrame the topmost frame in this lesson's package, or {@code "(none)"}
 */
public record StackPeek(String thread, String topFrame, String ownFrame) {

    private static final String OWN_PACKAGE = StackPeek.class.getPackageName() + ".";

    /**
     * One peek per thread in {@code threads} that is alive, in the order given, all from one call
     * to {@link Thread#getAllStackTraces()}.
     */
    public static List<StackPeek> of(Collection<Thread> threads) {
        Map<Thread, StackTraceElement[]> stacks = Thread.getAllStackTraces();
        return threads.stream()
                .filter(stacks::containsKey)
                .map(thread -> of(thread.getName(), stacks.get(thread)))
                .collect(Collectors.toList());
    }

    static StackPeek of(String thread, StackTraceElement[] stack) {
        String top = stack.length == 0 ? "(no frames)" : describe(stack[0]);
        String own = Arrays.stream(stack)
                .filter(frame -> frame.getClassName().startsWith(OWN_PACKAGE))
                .findFirst().map(StackPeek::describe).orElse("(none)");
        return new StackPeek(thread, top, own);
    }

    /** {@code Thread.sleep(Native Method)}, {@code Gate.await(Gate.java:33)}: simple class names. */
    static String describe(StackTraceElement frame) {
        String className = frame.getClassName();
        String simple = className.substring(className.lastIndexOf('.') + 1);
        String where = frame.isNativeMethod() ? "Native Method"
                : frame.getFileName() == null ? "Unknown Source"
                : frame.getFileName() + ":" + frame.getLineNumber();
        return simple + "." + frame.getMethodName() + "(" + where + ")";
    }
}
