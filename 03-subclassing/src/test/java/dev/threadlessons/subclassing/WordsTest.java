package dev.threadlessons.subclassing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WordsTest {

    @ParameterizedTest(name = "\"{0}\" has {1} words")
    @CsvSource(delimiter = '|', value = {
        "A latch opens once and stays open.     | 7",
        "'  spaces   around   words  '          | 3",
        "one                                     | 1",
        "''                                      | 0",
        "'   '                                   | 0"})
    void countsRunsOfCharactersWithoutWhiteSpace(String text, int words) {
        assertEquals(words, Words.count(text));
    }

    @Test
    void tabsAndLineBreaksSeparateWordsToo() {
        assertEquals(4, Words.count("one\ttwo\nthree\r\nfour"));
    }

    @Test
    void thereIsNoTextToCountInNull() {
        var error = assertThrows(NullPointerException.class, () -> Words.count(null));
        assertEquals("text", error.getMessage());
    }
}
