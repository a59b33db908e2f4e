package dev.threadlessons.speedup;

/** A child JVM main that fails at once, the way a child with a bug would. */
public final class FailingChild {

    private FailingChild() {
    }

    public static void main(String[] args) {
        throw new IllegalStateException("FailingChild refuses to count " + String.join(" ", args));
    }
}
