package dev.threadlessons.races;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import dev.threadlessons.races.stage.RaceWindow;
import dev.threadlessons.races.stage.Rendezvous;
import dev.threadlessons.util.Workers;

class UnsafeWordCountTest {

    @Test
    void aHashMapMergeLosesACountWhenBothThreadsReadTheOldCountBeforeEitherWrites() throws InterruptedException {
        var words = new UnsafeWordCount(new Rendezvous(2));
        words.add("race");                              // the first add finds no entry: no pause

        Workers.run("counter", 2, counter -> words.add("race"));

        assertEquals(2, words.count("race"), "three adds, both threads read 1 and wrote 2");
    }

    @Test
    void oneThreadAloneCountsEveryWord() {
        var words = new UnsafeWordCount(RaceWindow.noPause());

        for (int i = 0; i < 3; i++) {
            words.add("race");
        }
        words.add("condition");

        assertEquals(3, words.count("race"));
        assertEquals(1, words.count("condition"));
        assertEquals(0, words.count("data"));
    }
}
