package dev.threadlessons.races;

import java.util.HashMap;
import java.util.Map;

import dev.threadlessons.races.stage.RaceWindow;

/**
 * Counts words in a {@link HashMap} that several threads share: one call,
 * {@code counts.merge(word, 1, Integer::sum)}, per word. One call on a {@code HashMap} is still
 * not one step: {@code merge} finds the entry, computes the new count from the old one, and
 * writes it back, and another thread's {@code merge} can come between. Two threads that both find
 * a count of 1 both write 2, and a word seen three times is counted twice.
 *
 * <p>Not thread-safe, on purpose. {@code HashMap}'s Javadoc says so ("Note that this
 * implementation is not synchronized"); its {@code merge} reads and writes the entry's value with
 * nothing to keep another thread out in between. Python's {@code counts[w] = counts.get(w, 0) + 1}
 * is the same race (CPython's FAQ lists {@code D[x] = D[x] + 1} as not atomic). The fix is a
 * {@code ConcurrentHashMap}, whose {@code merge} runs the whole call atomically (its Javadoc:
 * "The entire method invocation is performed atomically"), or a lock around the map.
 *
 * <p>The {@link RaceWindow} is called inside the remapping function, between the read of the old
 * count and the write of the new one, so that a {@code Rendezvous} can make the loss certain.
 */
public final class UnsafeWordCount {

    /** Not guarded by anything: that is the bug. */
    private final Map<String, Integer> counts = new HashMap<>();
    private final RaceWindow window;

    /** An empty count whose increments of a word already counted pause in {@code window}. */
    public UnsafeWordCount(RaceWindow window) {
        this.window = window;
    }

    // tag::add[]
    /** Counts one more {@code word}. */
    public void add(String word) {
        counts.merge(word, 1, (old, one) -> {           // HashMap found the entry: old is its count
            window.pause();                             // the one line for the demo: holds the thread here
            return old + one;                           // written back over whatever came in between
        });
    }
    // end::add[]

    /** How many times {@code word} was counted; call it after joining the threads that added. */
    public int count(String word) {
        return counts.getOrDefault(word, 0);
    }
}
