package dev.threadlessons.util;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * The scheduler game ({@link Game}) on a demo's command line. {@code --play LEVEL} plays one of
 * the lesson's levels instead of running the demo, with the moves typed one per line on standard
 * input; {@code --play} alone plays the lesson's first level; {@code --moves 1,2,2,1} plays the
 * given moves instead of asking (with or without {@code --play}: alone it plays the first level).
 *
 * <pre>{@code
 * static final Play GAME = Play.of(LostUpdateLevel::new, OverdraftLevel::new);
 * static final CommandLine CLI = GAME.declare(CommandLine.forLesson("05-race-conditions")).build();
 * ...
 * if (GAME.requested(arguments)) {
 *     GAME.play(arguments, System.in, System.out);
 *     return 0;
 * }
 * }</pre>
 *
 * <p>Thread-safety: immutable; each call of {@link #play} makes fresh levels.
 */
public final class Play {

    static final String PLAY = "play";
    static final String MOVES = "moves";
    private static final String OFF = "off";
    private static final Pattern MOVE_LIST = Pattern.compile("[^,\\s]+(,[^,\\s]+)*");

    /** The levels by name, in the order the lesson gives them. */
    private final Map<String, Supplier<Level>> levels;

    private Play(Map<String, Supplier<Level>> levels) {
        this.levels = levels;
    }

    /** The game of one lesson, with its levels in the order a learner should play them. */
    @SafeVarargs
    public static Play of(Supplier<Level>... levels) {
        var named = new LinkedHashMap<String, Supplier<Level>>();
        for (Supplier<Level> level : levels) {
            // A level does nothing until start(), so making one only to read its name is cheap.
            if (named.putIfAbsent(level.get().name(), level) != null) {
                throw new IllegalArgumentException("two levels named " + level.get().name());
            }
        }
        if (named.isEmpty()) {
            throw new IllegalArgumentException("a game needs at least one level");
        }
        return new Play(named);
    }

    /** The names of the levels, as {@code --play} takes them. */
    public List<String> names() {
        return List.copyOf(levels.keySet());
    }

    /** Declares {@code --play [LEVEL]} and {@code --moves N,N,...} on a demo's command line. */
    public CommandLine.Builder declare(CommandLine.Builder cli) {
        var choices = new ArrayList<String>();
        choices.add(OFF);
        choices.addAll(levels.keySet());
        return cli.choice(PLAY, OFF, "be the scheduler: play a level of the game instead of the demo",
                        choices.toArray(String[]::new))
                .bareMeans(PLAY, names().get(0))
                .shownAs(PLAY, "LEVEL")
                .text(MOVES, "", "play these moves (thread numbers) instead of typing them", MOVE_LIST, "N,N,...");
    }

    /** Whether {@code arguments} ask for the game rather than the demo. */
    public boolean requested(CommandLine.Arguments arguments) {
        return !arguments.value(PLAY).equals(OFF) || !arguments.value(MOVES).isEmpty();
    }

    /**
     * Plays the level {@code arguments} name, with the moves they give or, without any, the moves
     * typed on {@code in}. However the level ends, the demo then ends with status 0: a move that
     * cannot be played is refused with one line, and the end of the input leaves the level.
     */
    public void play(CommandLine.Arguments arguments, InputStream in, PrintStream out) {
        String name = arguments.value(PLAY).equals(OFF) ? names().get(0) : arguments.value(PLAY);
        Supplier<Level> level = levels.get(name);
        String moves = arguments.value(MOVES);
        if (moves.isEmpty()) {
            // Not closed: the reader wraps the caller's stream, System.in for a demo.
            var typed = new BufferedReader(new InputStreamReader(in, Charset.defaultCharset()));
            Game.play(level, typed, out);
        } else {
            Game.play(level, Arrays.asList(moves.split(",")), out);
        }
    }
}
