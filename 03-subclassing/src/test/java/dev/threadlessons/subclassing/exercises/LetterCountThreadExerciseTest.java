package dev.threadlessons.subclassing.exercises;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import dev.threadlessons.testing.Exercise;
import dev.threadlessons.testing.TestThreads;

/**
 * Grades exercise 03-1, {@link LetterCountThread}: the letters are counted by the thread itself
 * (the text notes which threads read it), and the count is refused before the start and while the
 * thread runs (held inside its first read by a latch), then handed out after {@code join()}. Run
 * it with {@code mvn -pl 03-subclassing test -Pexercises}.
 */
@Tag(Exercise.TAG)
public class LetterCountThreadExerciseTest {

    /**
     * A text that notes every thread that reads it, and can hold a reader other than the test's own
     * thread until released (the test's thread is never held, so a wrong answer that counts on it
     * fails at once instead of waiting).
     */
    private static final class WatchedText implements CharSequence {
        private final String text;
        private final Thread test = Thread.currentThread();
        private final Set<Thread> readers = ConcurrentHashMap.newKeySet();
        private final CountDownLatch firstRead = new CountDownLatch(1);
        private final CountDownLatch release;

        WatchedText(String text, boolean holdTheFirstReader) {
            this.text = text;
            this.release = new CountDownLatch(holdTheFirstReader ? 1 : 0);
        }

        @Override
        public char charAt(int index) {
            readers.add(Thread.currentThread());
            if (Thread.currentThread() != test) {
                firstRead.countDown();
                try {
                    release.await(TestThreads.PATIENCE.toMillis(), TimeUnit.MILLISECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return text.charAt(index);
        }

        @Override
        public int length() {
            return text.length();
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return text.subSequence(start, end);
        }

        @Override
        public String toString() {
            readers.add(Thread.currentThread());
            return text;
        }
    }

    private static LetterCountThread counter(CharSequence text) {
        return Exercise.create(LetterCountThread.class, LetterCountThread.class,
                new Class<?>[] {String.class, CharSequence.class}, "letter-counter", text);
    }

    @Test
    void theThreadCountsTheLettersItselfAndHandsTheCountOutAfterJoin() throws Exception {
        var text = new WatchedText("a b, c!", false);
        var counter = counter(text);

        counter.start();
        counter.join(TestThreads.PATIENCE.toMillis());

        assertEquals(3, counter.letters(), "\"a b, c!\" has 3 letters");
        assertEquals(Set.of(counter), text.readers, "only the thread itself may read the text: work done in the"
                + " constructor or in start() runs on the thread that creates or starts it, not in run()");
    }

    @Test
    void theCountIsRefusedBeforeTheStart() {
        var counter = counter(new WatchedText("abc", false));

        assertThrows(IllegalStateException.class, counter::letters,
                "letters() before start() must throw IllegalStateException: nothing has been counted yet");
    }

    @Test
    void theCountIsRefusedWhileTheThreadRuns() throws Exception {
        var text = new WatchedText("abc", true);
        var counter = counter(text);
        counter.start();
        try {
            await().atMost(TestThreads.PATIENCE).until(() -> text.firstRead.getCount() == 0 || !counter.isAlive());
            assertThrows(IllegalStateException.class, counter::letters,
                    "letters() while the thread still counts must throw IllegalStateException, not hand out a half count");
        } finally {
            text.release.countDown();
            TestThreads.joinAll(List.of(counter));
        }
    }
}
