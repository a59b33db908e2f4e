package dev.threadlessons.util;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import dev.threadlessons.util.Level.CodeLine;
import dev.threadlessons.util.Stepper.Status;
import dev.threadlessons.util.Stepper.View;

/**
 * The scheduler game in the terminal: the player is the scheduler of a {@link Level}'s real
 * threads. Each turn shows every thread's code side by side with its next step marked, the shared
 * state and who waits for what, and asks which thread takes the next step; the level ends when it
 * breaks (the player wins), or when no thread can move. Then the game tries every schedule of the
 * scene ({@link Explorer}) and says how many break it; for a fixed version, none, and then it
 * explains why. A thread that cannot move is shown stuck, with its state as the JVM reports it
 * ({@code BLOCKED} on a monitor, {@code WAITING} parked on a lock or condition). The lesson's own classes may log as they run: their lines come between the
 * screens; none come from the schedules the exploration tries, or after the level has ended.
 *
 * <p>Moves come from the keyboard ({@link #play(Supplier, BufferedReader, PrintStream)}) or from a
 * list given on the command line ({@link #play(Supplier, List, PrintStream)}), which prints the
 * same screens. A move that is not a thread's number, or names a thread that cannot move, gets one
 * line of reason and the same question again, and changes nothing. {@code q} or the end of the
 * input leaves the level; every thread of the scene is ended either way.
 *
 * <p>Thread-safety: one game at a time on the calling thread.
 */
public final class Game {

    /** The longest schedule the closing exploration tries; the lessons' scenes are far shorter. */
    public static final int MAX_STEPS = 40;

    /**
     * How a level ended.
     *
     * @param broken  whether the player broke it
     * @param outcome what broke, or how it ended otherwise
     * @param moves   the moves taken, as thread numbers
     * @param left    whether the player left before the end ({@code q} or end of input)
     */
    public record Result(boolean broken, String outcome, List<Integer> moves, boolean left) {
    }

    /** Where the moves come from: the next line the player typed, or empty at the end of the input. */
    private interface Moves {
        Optional<String> next();
    }

    private Game() {
    }

    /** Plays with moves typed on {@code in}, one per line. */
    public static Result play(Supplier<Level> levels, BufferedReader in, PrintStream out) {
        return play(levels, () -> {
            try {
                return Optional.ofNullable(in.readLine());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, out, false);
    }

    /** Plays the given moves (thread numbers, or anything a player might type), echoing each. */
    public static Result play(Supplier<Level> levels, List<String> moves, PrintStream out) {
        Iterator<String> next = moves.iterator();
        return play(levels, () -> next.hasNext() ? Optional.of(next.next()) : Optional.empty(), out, true);
    }

    private static Result play(Supplier<Level> levels, Moves moves, PrintStream out, boolean echo) {
        Level level = levels.get();
        var taken = new ArrayList<Integer>();
        out.println("=== " + level.title() + " ===");
        out.println(level.goal());
        Result result;
        try (var stepper = new Stepper()) {
            level.start(stepper);
            result = turns(level, stepper, moves, out, echo, taken);
        }
        if (!result.left()) {
            var report = Explorer.explore(levels, MAX_STEPS);
            out.println(summary(report));
            if (!result.broken() && report.unbreakable()) {
                out.println("No schedule breaks it.");
                out.println(level.explanation());
            }
        }
        out.flush();
        return result;
    }

    private static Result turns(Level level, Stepper stepper, Moves moves, PrintStream out, boolean echo,
                                List<Integer> taken) {
        while (true) {
            out.print(screen(level, stepper, taken.size()));
            Optional<String> outcome = level.outcome(stepper);
            if (outcome.isPresent()) {
                out.println("*** You broke it: " + outcome.get());
                out.println(level.explanation());
                return new Result(true, outcome.get(), List.copyOf(taken), false);
            }
            List<View> ready = stepper.views().stream().filter(view -> view.status() == Status.READY).toList();
            if (ready.isEmpty()) {
                String end = stepper.finished()
                        ? "Every thread finished and nothing broke: " + level.state() + "."
                        : "No thread can move any more, and nothing broke: " + level.state() + ".";
                out.println(end);
                return new Result(false, end, List.copyOf(taken), false);
            }
            Optional<Integer> move = ask(stepper, ready, moves, out, echo);
            if (move.isEmpty()) {
                out.println("Left the level after " + taken.size() + " step(s).");
                return new Result(false, "left", List.copyOf(taken), true);
            }
            stepper.allow(stepper.views().get(move.get() - 1).name());
            taken.add(move.get());
        }
    }

    /** Asks until the answer is a thread that can move; empty when the player leaves. */
    private static Optional<Integer> ask(Stepper stepper, List<View> ready, Moves moves, PrintStream out,
                                         boolean echo) {
        var all = stepper.views();
        while (true) {
            var question = new StringBuilder("Which thread takes the next step?");
            for (View view : ready) {
                question.append(' ').append(view.number()).append(" = ").append(view.name())
                        .append(" (").append(view.stepText()).append(')');
            }
            out.println(question.append("; q leaves").toString());
            out.print("> ");
            Optional<String> answer = moves.next();
            if (answer.isEmpty()) {
                out.println();
                return Optional.empty();
            }
            String typed = answer.get().trim();
            if (echo) {
                out.println(typed);
            }
            if (typed.equalsIgnoreCase("q")) {
                return Optional.empty();
            }
            Optional<String> refusal = refusal(typed, all);
            if (refusal.isEmpty()) {
                return Optional.of(Integer.parseInt(typed));
            }
            out.println(refusal.get());
        }
    }

    /** Why {@code typed} is not a move now, or empty if it is one. */
    static Optional<String> refusal(String typed, List<View> threads) {
        int number;
        try {
            number = Integer.parseInt(typed);
        } catch (NumberFormatException e) {
            return Optional.of("'" + typed + "' is not a thread's number: type one of the numbers above, or q");
        }
        if (number < 1 || number > threads.size()) {
            return Optional.of("there is no thread " + number + ": the threads are 1 to " + threads.size());
        }
        View view = threads.get(number - 1);
        return switch (view.status()) {
            case READY -> Optional.empty();
            case FINISHED -> Optional.of(view.name() + " has finished: it has no step left");
            case STUCK -> Optional.of(view.waitingOn().isEmpty()
                    ? view.name() + " cannot move now: it is " + view.jvmState() + ", not at a step (asleep, say)"
                    : view.name() + " cannot move: it waits for " + view.waitingOn());
        };
    }

    /** One turn's screen: the threads' code side by side, the shared state, and who waits for what. */
    static String screen(Level level, Stepper stepper, int stepsTaken) {
        var views = stepper.views();
        var columns = new ArrayList<List<String>>();
        for (View view : views) {
            var column = new ArrayList<String>();
            column.add("[" + view.number() + "] " + view.name() + " (" + describe(view) + ")");
            for (CodeLine line : level.code(view.name())) {
                boolean here = view.status() == Status.READY && !line.key().isEmpty() && line.key().equals(view.stepKey());
                column.add((here ? "> " : "  ") + line.text());
            }
            columns.add(column);
        }
        var text = new StringBuilder("--- step " + (stepsTaken + 1) + " ---\n");
        int rows = columns.stream().mapToInt(List::size).max().orElse(0);
        var widths = columns.stream().mapToInt(column -> column.stream().mapToInt(String::length).max().orElse(0)).toArray();
        for (int row = 0; row < rows; row++) {
            var line = new StringBuilder();
            for (int c = 0; c < columns.size(); c++) {
                String cell = row < columns.get(c).size() ? columns.get(c).get(row) : "";
                line.append(c + 1 < columns.size() ? String.format("%-" + (widths[c] + 4) + "s", cell) : cell);
            }
            text.append(line.toString().stripTrailing()).append('\n');
        }
        text.append("shared: ").append(level.state()).append('\n');
        for (View view : views) {
            if (view.status() == Status.STUCK && !view.waitingOn().isEmpty()) {
                text.append(view.name()).append(" waits for ").append(view.waitingOn()).append('\n');
            }
        }
        return text.toString();
    }

    private static String describe(View view) {
        return switch (view.status()) {
            case READY -> "next: " + view.stepText();
            case STUCK -> "stuck: " + view.jvmState();
            case FINISHED -> view.failure().map(failure -> "failed: " + failure).orElse("finished");
        };
    }

    /** What the exploration of every schedule found, in one sentence. */
    static String summary(Explorer.Report report) {
        return "Of the " + report.schedules() + " possible schedules of this scene, " + report.breaking()
                + " break it" + report.firstBreaking().map(moves -> ", for example the moves " + join(moves)).orElse("")
                + ".";
    }

    private static String join(List<Integer> moves) {
        var text = new StringBuilder();
        for (int move : moves) {
            text.append(text.length() == 0 ? "" : ",").append(move);
        }
        return text.toString();
    }
}
