package dev.threadlessons.util;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CommandLineTest {

    private static final CommandLine CLI = CommandLine.forCommand("mvn -pl 99-example exec:java")
            .positive("tasks", 8, "number of tasks")
            .range("work", 1_000, 1, 10_000_000_000L, "work per task")
            .choice("only", "all", "which strategies run", "all", "io", "cpu")
            .build();

    @Test
    void undeclaredOptionsTakeTheirDefaults() {
        var arguments = CLI.parse();
        assertEquals(8, arguments.intValue("tasks"));
        assertEquals(1_000L, arguments.longValue("work"));
        assertEquals("all", arguments.value("only"));
        assertFalse(arguments.helpRequested());
    }

    @Test
    void valuesAreReadAfterASpaceOrAnEqualsSign() {
        var arguments = CLI.parse("--tasks", "3", "--work=5000000000", "--only", "cpu");
        assertEquals(3, arguments.intValue("tasks"));
        assertEquals(5_000_000_000L, arguments.longValue("work"));
        assertEquals("cpu", arguments.value("only"));
    }

    @Test
    void helpIsRecognisedInItsLongAndShortForm() {
        assertTrue(CLI.parse("--help").helpRequested());
        assertTrue(CLI.parse("-h").helpRequested());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "--bogus 1      | unknown option --bogus",
        "--tasks        | --tasks needs a value",
        "--tasks --work | --tasks needs a value",
        "--tasks 0      | --tasks must be 1 or more; was 0",
        "--tasks -3     | --tasks must be 1 or more; was -3",
        "--tasks=-3     | --tasks must be 1 or more; was -3",
        "--work 0       | --work must be from 1 to 10000000000; was 0",
        "--tasks abc    | --tasks must be a whole number; was 'abc'",
        "--tasks 1.5    | --tasks must be a whole number; was '1.5'",
        "--only gpu     | --only must be one of all, io, cpu; was 'gpu'",
        "--tasks 2 --tasks 3 | --tasks is given twice",
        "stray          | unexpected argument 'stray'"})
    void badInputIsRejectedWithAOneLineReason(String args, String reason) {
        var thrown = assertThrows(BadArgumentsException.class, () -> CLI.parse(args.split(" ")));
        assertEquals(reason, thrown.getMessage());
    }

    @Test
    void badInputIsExplainedOnStandardErrorAndTheDemoEndsWithStatusTwo() {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        var arguments = CLI.parseOrExplain(print(out), print(err), "--bogus");
        assertFalse(arguments.runDemo());
        assertEquals(2, arguments.exitStatus());
        var printed = err.toString(StandardCharsets.UTF_8);
        assertTrue(printed.startsWith("error: unknown option --bogus\nusage: mvn -pl 99-example exec:java"),
                printed);
        assertEquals("", out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void helpPrintsTheUsageOnStandardOutputAndTheDemoEndsWithStatusZero() {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        var arguments = CLI.parseOrExplain(print(out), print(err), "--help");
        assertFalse(arguments.runDemo());
        assertEquals(0, arguments.exitStatus());
        assertEquals(CLI.usage(), out.toString(StandardCharsets.UTF_8));
        assertEquals("", err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void goodInputRunsTheDemoAndPrintsNothing() {
        var out = new ByteArrayOutputStream();
        var arguments = CLI.parseOrExplain(print(out), print(out), "--tasks", "2");
        assertTrue(arguments.runDemo());
        assertEquals(0, arguments.exitStatus());
        assertEquals(2, arguments.intValue("tasks"));
        assertEquals("", out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void usageListsEveryOptionWithWhatItAllowsAndItsDefaultAlignedAndHelpLast() {
        var lines = CLI.usage().lines().toList();
        assertEquals(List.of(
                "usage: mvn -pl 99-example exec:java -Dexec.args=\"[options]\"",
                "  --tasks N          number of tasks (1 or more; default 8)",
                "  --work N           work per task (1 to 10000000000; default 1000)",
                "  --only all|io|cpu  which strategies run (one of all, io, cpu; default all)",
                "  --help             print this help and exit"), lines);
    }

    @Test
    void theUsageNamesTheCommandThatWorksWhereTheDemoWasStarted(@TempDir Path root) throws IOException {
        Files.createDirectory(root.resolve("06-locks"));
        assertEquals("mvn -pl 06-locks exec:java", CommandLine.commandFor("06-locks", root));
        assertEquals("mvn exec:java", CommandLine.commandFor("06-locks", root.resolve("06-locks")));
    }

    @Test
    void aDemoWithoutOptionsStillAcceptsHelpAndRejectsEverythingElse() {
        var bare = CommandLine.forCommand("mvn -pl 99-example exec:java").build();
        assertTrue(bare.parse("--help").helpRequested());
        assertThrows(BadArgumentsException.class, () -> bare.parse("--tasks", "2"));
    }

    private static final CommandLine GAME = CommandLine.forCommand("mvn -pl 99-example exec:java")
            .choice("play", "off", "a level of the game", "off", "one", "two")
            .bareMeans("play", "one")
            .text("moves", "", "the moves", Pattern.compile("\\d+(,\\d+)*"), "N,N,...")
            .build();

    @Test
    void anOptionWithABareValueTakesItWhenNothingFollows() {
        assertEquals("one", GAME.parse("--play").value("play"));
        assertEquals("one", GAME.parse("--play", "--moves", "1").value("play"));
        assertEquals("two", GAME.parse("--play", "two").value("play"));
        assertEquals("off", GAME.parse().value("play"));
    }

    @Test
    void aTextOptionTakesWhatMatchesItsPatternAndRejectsTheRestInOneLine() {
        assertEquals("1,2,2,1", GAME.parse("--moves", "1,2,2,1").value("moves"));
        assertEquals("", GAME.parse().value("moves"));
        var thrown = assertThrows(BadArgumentsException.class, () -> GAME.parse("--moves", "1,,2"));
        assertEquals("--moves must be N,N,...; was '1,,2'", thrown.getMessage());
        assertEquals(List.of(
                "usage: mvn -pl 99-example exec:java -Dexec.args=\"[options]\"",
                "  --play [off|one|two]  a level of the game (one of off, one, two; default off; alone: one)",
                "  --moves N,N,...       the moves (N,N,...; default none)",
                "  --help                print this help and exit"), GAME.usage().lines().toList());
    }

    @Test
    void anOptionShownAsAShapeHasItInTheUsageAndKeepsItsChoices() {
        var cli = CommandLine.forCommand("x").choice("play", "off", "a level", "off", "first-level", "second-level")
                .shownAs("play", "LEVEL").build();
        assertTrue(cli.usage().contains("  --play LEVEL  a level (one of off, first-level, second-level; default off)"), cli.usage());
        assertEquals("second-level", cli.parse("--play", "second-level").value("play"));
    }

    private static PrintStream print(ByteArrayOutputStream into) {
        return new PrintStream(into, true, StandardCharsets.UTF_8);
    }

    @Test
    void declarationMistakesFailAtOnce() {
        var builder = CommandLine.forCommand("x").positive("tasks", 1, "n");
        assertThrows(IllegalArgumentException.class, () -> builder.positive("tasks", 2, "again"));
        assertThrows(IllegalArgumentException.class, () -> builder.positive("count", 0, "zero default"));
        assertThrows(IllegalArgumentException.class, () -> builder.choice("mode", "z", "m", "a", "b"));
        assertThrows(IllegalArgumentException.class, () -> CLI.parse().value("missing"));
        assertThrows(IllegalArgumentException.class, () -> builder.bareMeans("absent", "1"));
        assertThrows(IllegalArgumentException.class, () -> builder.bareMeans("tasks", "0"));
        assertThrows(IllegalArgumentException.class, () -> builder.shownAs("absent", "X"));
    }
}
