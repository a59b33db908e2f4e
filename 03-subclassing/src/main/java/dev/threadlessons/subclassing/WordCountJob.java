package dev.threadlessons.subclassing;

import java.util.Objects;
import java.util.concurrent.Callable;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The same work again, as a {@code Callable}: {@code call()} returns the result instead of
 * storing it, and may throw checked exceptions. Submitted to an {@code ExecutorService}, it comes
 * back as a {@code Future} whose {@code get()} waits for the result, or rethrows what
 * {@code call()} threw, wrapped in an {@code ExecutionException}.
 *
 * <p>Thread-safety: immutable, so one instance may be submitted any number of times, also
 * concurrently. Happens-before: what {@code call()} did happens-before {@code Future.get()}
 * returns its result.
 */
public final class WordCountJob implements Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger(WordCountJob.class);

    private final String text;

    public WordCountJob(String text) {
        this.text = Objects.requireNonNull(text, "text");
    }

    @Override
    public Integer call() {
        int count = Words.count(text);
        LOG.info("counted {} words", count);
        return count;
    }
}
