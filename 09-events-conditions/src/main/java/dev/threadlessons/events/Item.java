package dev.threadlessons.events;

/**
 * One piece of generated data, named after its producer and its place in that producer's output,
 * such as {@code producer-2#3}, so that a lost or doubled item can be told apart from the others.
 *
 * <p>Thread-safety: immutable; safe to hand from a producer to a consumer through any of the
 * channels in this lesson.
 */
public record Item(String producer, int sequence) {

    @Override
    public String toString() {
        return producer + "#" + sequence;
    }
}
