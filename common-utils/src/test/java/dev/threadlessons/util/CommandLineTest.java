package dev.threadlessons.util;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
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
        "--tasks 0      | --tasks must be from 1 to 2147483647; was 0",
        "--tasks -3     | --tasks must be from 1 to 2147483647; was -3",
        "--tasks=-3     | --tasks must be from 1 to 2147483647; was -3",
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
    void parseOrExplainPrintsTheReasonAndTheUsageBeforeRethrowing() {
        var err = new ByteArrayOutputStream();
        assertThrows(BadArgumentsException.class,
                () -> CLI.parseOrExplain(new PrintStream(err, true, StandardCharsets.UTF_8), "--bogus"));
        var printed = err.toString(StandardCharsets.UTF_8);
        assertTrue(printed.startsWith("error: unknown option --bogus\nusage: mvn -pl 99-example exec:java"),
                printed);
    }

    @Test
    void usageListsEveryOptionWithItsDefaultAndHelpLast() {
        var lines = CLI.usage().lines().toList();
        assertEquals("usage: mvn -pl 99-example exec:java -Dexec.args=\"[options]\"", lines.get(0));
        assertTrue(lines.get(1).contains("--tasks N") && lines.get(1).endsWith("(default 8)"));
        assertTrue(lines.get(3).contains("--only all|io|cpu"));
        assertTrue(lines.get(4).contains("--help"));
    }

    @Test
    void aDemoWithoutOptionsStillAcceptsHelpAndRejectsEverythingElse() {
        var bare = CommandLine.forCommand("mvn -pl 99-example exec:java").build();
        assertTrue(bare.parse("--help").helpRequested());
        assertThrows(BadArgumentsException.class, () -> bare.parse("--tasks", "2"));
    }

    @Test
    void declarationMistakesFailAtOnce() {
        var builder = CommandLine.forCommand("x").positive("tasks", 1, "n");
        assertThrows(IllegalArgumentException.class, () -> builder.positive("tasks", 2, "again"));
        assertThrows(IllegalArgumentException.class, () -> builder.positive("count", 0, "zero default"));
        assertThrows(IllegalArgumentException.class, () -> builder.choice("mode", "z", "m", "a", "b"));
        assertThrows(IllegalArgumentException.class, () -> CLI.parse().value("missing"));
    }
}
