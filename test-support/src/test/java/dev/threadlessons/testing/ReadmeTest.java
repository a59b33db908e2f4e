package dev.threadlessons.testing;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReadmeTest {

    private static final String EXCERPT = """
            # Lesson 99

            ## What to look for in the output

            ```
               231 ms [Demo.main()] === Lesson 99: tiny ===
               232 ms [Demo.main()] --- one worker, 25 ms of work ---
               240 ms [worker-1] worked at @1b6d3586
               250 ms [Demo.main()] Verdict: 1 of 1 workers done in 19.5 ms
            ```
            """;

    private static final String SOURCE = """
            class Tiny {
                // tag::work[]
                int work() {
                    return 42;
                }
                // end::work[]
            }
            """;

    @TempDir
    Path lesson;

    @Test
    void anExcerptWithTheSameSectionsAndVerdictAsAFreshRunMatchesWhateverItsNumbers() throws Exception {
        Files.writeString(lesson.resolve("README.md"), EXCERPT);
        assertDoesNotThrow(() -> Readme.of(lesson).assertExcerptMatches(DemoRun.of(DemoRunTest::tinyDemo)));
    }

    @Test
    void aRewordedSectionFailsAndTheMessageShowsBothVersions() throws Exception {
        Files.writeString(lesson.resolve("README.md"), EXCERPT.replace("one worker", "a single worker"));
        var failure = assertThrows(AssertionError.class,
                () -> Readme.of(lesson).assertExcerptMatches(DemoRun.of(DemoRunTest::tinyDemo)));
        assertTrue(failure.getMessage().contains("--- a single worker, <time> of work ---"), failure.getMessage());
        assertTrue(failure.getMessage().contains("--- one worker, <time> of work ---"), failure.getMessage());
    }

    @Test
    void anExcerptQuotingASectionTheDemoNoLongerPrintsFails() throws Exception {
        Files.writeString(lesson.resolve("README.md"), EXCERPT.replace(
                "   250 ms", "   245 ms [Demo.main()] --- a section that is gone ---\n   250 ms"));
        assertThrows(AssertionError.class,
                () -> Readme.of(lesson).assertExcerptMatches(DemoRun.of(DemoRunTest::tinyDemo)));
    }

    @Test
    void theExcerptIsReadWithoutTimesAndThreadNames() throws IOException {
        Files.writeString(lesson.resolve("README.md"), EXCERPT);
        assertEquals(List.of("=== Lesson 99: tiny ===", "--- one worker, 25 ms of work ---",
                "worked at @1b6d3586", "Verdict: 1 of 1 workers done in 19.5 ms"), Readme.of(lesson).excerptMessages());
    }

    @Test
    void aCodeBlockThatIsItsSourceRegionMatches() throws IOException {
        writeSourceAndReadme("int work() {\n    return 42;\n}");
        assertDoesNotThrow(() -> Readme.of(lesson).assertCodeBlocksMatchTheirSources());
    }

    @Test
    void aCodeBlockThatDiffersFromItsSourceFailsAndSaysWhere() throws IOException {
        writeSourceAndReadme("int work() {\n    return 41;\n}");
        var failure = assertThrows(AssertionError.class, () -> Readme.of(lesson).assertCodeBlocksMatchTheirSources());
        assertTrue(failure.getMessage().contains("README.md line 2: differs from Tiny.java#work, from its line 2"),
                failure.getMessage());
    }

    @Test
    void aJavaBlockWithoutItsSourceFailsButACommandBlockNeedsNone() throws IOException {
        Files.writeString(lesson.resolve("README.md"), "```\nmvn test\n```\n\n```java\nint x;\n```\n");
        var failure = assertThrows(AssertionError.class, () -> Readme.of(lesson).assertCodeBlocksMatchTheirSources());
        assertTrue(failure.getMessage().contains("line 5: a java block without"), failure.getMessage());
    }

    @Test
    void aWholeFileIsItsLinesWithoutRegionMarks() throws IOException {
        Files.writeString(lesson.resolve("Tiny.java"), SOURCE);
        assertEquals(List.of("class Tiny {", "    int work() {", "        return 42;", "    }", "}"),
                SourceRegion.read(lesson.resolve("Tiny.java"), null));
    }

    @Test
    void anUnknownRegionFails() throws IOException {
        Files.writeString(lesson.resolve("Tiny.java"), SOURCE);
        assertThrows(IllegalArgumentException.class, () -> SourceRegion.read(lesson.resolve("Tiny.java"), "rest"));
    }

    private static final String GAME = String.join("\n",
            "<!-- game: --play lost-update --moves 1,2 -->",
            "```text",
            "=== two threads ===",
            "    12 ms [worker-1] read 0",
            "[1] worker-1 waits for java.lang.Object@1b2c3d",
            "*** You broke it",
            "```", "");

    /** A demo that prints a game's screens for the arguments it is given. */
    private static int game(String... args) {
        System.out.println("=== two threads ===");
        System.out.println("[1] worker-1 waits for java.lang.Object@77aa" + args.length);
        System.out.println(String.join(" ", args).equals("--play lost-update --moves 1,2") ? "*** You broke it" : "nothing broke");
        return 0;
    }

    @Test
    void aGameShownInTheReadmeReplaysWhenAFreshRunPrintsItsLinesInOrderLogLinesAndHashesAside() throws Exception {
        Files.writeString(lesson.resolve("README.md"), GAME);
        assertEquals(1, Readme.of(lesson).assertGamesReplay(ReadmeTest::game));
    }

    @Test
    void aGameWhoseMovesNoLongerWinFailsAndSaysWhichLine() throws Exception {
        Files.writeString(lesson.resolve("README.md"), GAME.replace("--moves 1,2", "--moves 2,1"));
        var failure = assertThrows(AssertionError.class, () -> Readme.of(lesson).assertGamesReplay(ReadmeTest::game));
        assertTrue(failure.getMessage().contains("no longer prints, in this order,\n  *** You broke it"), failure.getMessage());
    }

    private void writeSourceAndReadme(String block) throws IOException {
        Files.writeString(lesson.resolve("Tiny.java"), SOURCE);
        Files.writeString(lesson.resolve("README.md"), "<!-- from: Tiny.java#work -->\n```java\n" + block + "\n```\n");
    }
}
