package dev.threadlessons.util;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

class PlayTest {

    private static final Play GAME = Play.of(SampleLevels.LostUpdate::new, SampleLevels.Locked::new);
    private static final CommandLine CLI = GAME.declare(CommandLine.forCommand("mvn -pl 99-example exec:java")).build();

    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);

    private String play(InputStream in, String... args) {
        var arguments = CLI.parse(args);
        assertTrue(GAME.requested(arguments));
        GAME.play(arguments, in, out);
        return printed.toString(StandardCharsets.UTF_8);
    }

    private static InputStream typed(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void theLevelsAreNamedInTheOrderTheLessonGivesThem() {
        assertEquals(List.of("lost-update", "locked"), GAME.names());
        assertFalse(GAME.requested(CLI.parse()));
    }

    @Test
    void playAlonePlaysTheFirstLevelWithTheMovesTyped() {
        String screens = play(typed("1\n2\n2\n1\n"), "--play");

        assertTrue(screens.startsWith("=== two threads add 1 to one counter ==="), screens);
        assertTrue(screens.contains("*** You broke it: both threads added 1 and count = 1"), screens);
    }

    @Test
    void movesOnTheCommandLinePlayTheNamedLevelAndAreEchoed() {
        String screens = play(typed(""), "--play", "locked", "--moves", "1,1,1,1,2,2,2,2");

        assertTrue(screens.contains("> 1\n"), screens);
        assertTrue(screens.contains("Every thread finished and nothing broke: count = 2."), screens);
    }

    @Test
    void movesAlonePlayTheFirstLevelAndAMoveThatIsNoThreadGetsOneLine() {
        String screens = play(typed(""), "--moves", "1,x,2,2,1");

        assertTrue(screens.contains("'x' is not a thread's number: type one of the numbers above, or q"), screens);
        assertTrue(screens.contains("*** You broke it"), screens);
    }

    @Test
    void theEndOfTheTypedInputLeavesTheLevelWithStatusZero() {
        String screens = play(typed("1\n"), "--play", "lost-update");

        assertTrue(screens.contains("Left the level after 1 step(s)."), screens);
    }

    @Test
    void anUnknownLevelOrABadListOfMovesIsRejectedByTheCommandLine() {
        assertEquals("--play must be one of off, lost-update, locked; was 'nope'",
                assertThrows(BadArgumentsException.class, () -> CLI.parse("--play", "nope")).getMessage());
        assertEquals("--moves must be N,N,...; was '1,,2'",
                assertThrows(BadArgumentsException.class, () -> CLI.parse("--moves", "1,,2")).getMessage());
    }
}
