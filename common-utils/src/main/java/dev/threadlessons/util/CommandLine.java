package dev.threadlessons.util;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The options a demo accepts, and the parser that checks them. Every demo takes {@code --help};
 * a lesson declares its other options once, and gets the usage text and the error messages from
 * the same declaration:
 *
 * <pre>{@code
 * static final CommandLine CLI = CommandLine.forLesson("04-concurrency-speedup")
 *         .positive("tasks", 8, "number of tasks")
 *         .choice("only", "all", "which strategies run", "all", "io", "cpu")
 *         .build();
 *
 * public static void main(String[] args) throws InterruptedException {
 *     CommandLine.exit(run(args));
 * }
 *
 * static int run(String... args) throws InterruptedException {
 *     var arguments = CLI.parseOrExplain(args);   // --help: the usage; bad input: reason + usage
 *     if (!arguments.runDemo()) {
 *         return arguments.exitStatus();
 *     }
 *     int tasks = arguments.intValue("tasks");
 *     ...
 *     return 0;
 * }
 * }</pre>
 *
 * <p>Options are written {@code --name value} or {@code --name=value}. Bad input prints one line
 * of reason and the usage, and the demo ends with status {@value #BAD_ARGUMENTS}; no stack trace.
 * Why {@link #exit(int)} is the way out: under {@code mvn exec:java} a demo's {@code main} runs
 * inside Maven's own JVM, and an exception thrown out of it makes Maven print the exception's
 * stack trace and a {@code BUILD FAILURE} block. {@code System.exit} with a non-zero status ends
 * Maven at once with that status and nothing more (exec-maven-plugin 3.6.4, which does not block
 * {@code System.exit} unless told to). A run that succeeds returns normally, so that Maven still
 * prints its own summary.
 *
 * <p>Thread-safety: immutable once built, safe from any thread.
 */
public final class CommandLine {

    /** The exit status of a demo given arguments it cannot use. */
    public static final int BAD_ARGUMENTS = 2;

    /**
     * One declared option. A numeric option has a range, a choice its words, a text option a
     * pattern and a name for its value ({@code shape}); {@code bare} is the value given by the
     * option alone, with nothing after it, or null where a value is needed.
     */
    private record Option(String name, String defaultValue, String description,
                          long min, long max, List<String> choices, Pattern pattern, String shape,
                          String bare) {
        boolean numeric() {
            return choices.isEmpty() && pattern == null;
        }

        String allowed() {
            if (pattern != null) {
                return shape;
            }
            if (!numeric()) {
                return "one of " + String.join(", ", choices);
            }
            return unbounded() ? min + " or more" : min + " to " + max;
        }

        Option withBare(String value) {
            return new Option(name, defaultValue, description, min, max, choices, pattern, shape, value);
        }

        Option withShape(String value) {
            return new Option(name, defaultValue, description, min, max, choices, pattern, value, bare);
        }

        /** A maximum that only the type sets, which no reader needs to hear about. */
        boolean unbounded() {
            return max == Integer.MAX_VALUE || max == Long.MAX_VALUE;
        }
    }

    /**
     * The outcome of reading a demo's arguments: either every declared option with a value, given
     * or default, or the news that the demo should not run (its help was asked for, or an argument
     * was wrong) and with which exit status it should end.
     */
    public static final class Arguments {
        private final boolean helpRequested;
        private final boolean rejected;
        private final Map<String, String> values;

        private Arguments(boolean helpRequested, boolean rejected, Map<String, String> values) {
            this.helpRequested = helpRequested;
            this.rejected = rejected;
            this.values = Map.copyOf(values);
        }

        /** Whether {@code --help} or {@code -h} was given. */
        public boolean helpRequested() {
            return helpRequested;
        }

        /** False once the help has been printed or a bad argument explained: the demo ends there. */
        public boolean runDemo() {
            return !helpRequested && !rejected;
        }

        /** 0 after {@code --help} or for a demo that runs, {@value #BAD_ARGUMENTS} after bad input. */
        public int exitStatus() {
            return rejected ? BAD_ARGUMENTS : 0;
        }

        /** The value of a numeric option declared with a maximum that fits an {@code int}. */
        public int intValue(String name) {
            return Math.toIntExact(longValue(name));
        }

        /** The value of a numeric option. */
        public long longValue(String name) {
            return Long.parseLong(value(name));
        }

        /** The value of an option, as text. */
        public String value(String name) {
            var value = values.get(name);
            if (value == null) {
                throw new IllegalArgumentException("no option named --" + name + " was declared"
                        + (runDemo() ? "" : " (or the demo was not meant to run: check runDemo() first)"));
            }
            return value;
        }
    }

    /** Declares the options of one demo. Not thread-safe; use it once, then {@link #build()}. */
    public static final class Builder {
        private final String command;
        private final Map<String, Option> options = new LinkedHashMap<>();

        private Builder(String command) {
            this.command = command;
        }

        /** A whole number from 1 to {@link Integer#MAX_VALUE}. */
        public Builder positive(String name, int defaultValue, String description) {
            return range(name, defaultValue, 1, Integer.MAX_VALUE, description);
        }

        /** A whole number from {@code min} to {@code max}, both included. */
        public Builder range(String name, long defaultValue, long min, long max, String description) {
            if (defaultValue < min || defaultValue > max) {
                throw new IllegalArgumentException("default of --" + name + " is out of its range");
            }
            return add(new Option(name, String.valueOf(defaultValue), description, min, max, List.of(),
                    null, "", null));
        }

        /** One word out of {@code choices}. */
        public Builder choice(String name, String defaultValue, String description, String... choices) {
            var allowed = List.of(choices);
            if (!allowed.contains(defaultValue)) {
                throw new IllegalArgumentException("default of --" + name + " is not one of its choices");
            }
            return add(new Option(name, defaultValue, description, 0, 0, allowed, null, "", null));
        }

        /**
         * Free text that matches {@code pattern} as a whole, such as a list of moves; {@code shape}
         * says what it looks like, for the usage and the error message. An empty default stands
         * for "not given".
         */
        public Builder text(String name, String defaultValue, String description, Pattern pattern, String shape) {
            return add(new Option(name, defaultValue, description, 0, 0, List.of(), pattern, shape, null));
        }

        /**
         * Lets the option {@code name}, declared before, stand alone: {@code --name} with no value
         * after it means {@code value}.
         */
        public Builder bareMeans(String name, String value) {
            Option option = options.get(name);
            if (option == null) {
                throw new IllegalArgumentException("no option named --" + name + " was declared");
            }
            options.put(name, option.withBare(checkedDeclaration(option, value)));
            return this;
        }

        /**
         * Shows the value of the option {@code name}, declared before, as {@code shape} in the
         * usage's left column, such as {@code --play [LEVEL]} for a choice of many long words.
         */
        public Builder shownAs(String name, String shape) {
            Option option = options.get(name);
            if (option == null) {
                throw new IllegalArgumentException("no option named --" + name + " was declared");
            }
            options.put(name, option.withShape(shape));
            return this;
        }

        private static String checkedDeclaration(Option option, String value) {
            try {
                return checked(option, value);
            } catch (BadArgumentsException e) {
                throw new IllegalArgumentException("bare value of --" + option.name() + ": " + e.getMessage());
            }
        }

        public CommandLine build() {
            return new CommandLine(command, options);
        }

        private Builder add(Option option) {
            if (option.name().equals("help") || options.putIfAbsent(option.name(), option) != null) {
                throw new IllegalArgumentException("option --" + option.name() + " declared twice");
            }
            return this;
        }
    }

    private final String command;
    private final Map<String, Option> options;
    /** Option names in the order they were declared, for the usage text. */
    private final List<String> order;

    private CommandLine(String command, Map<String, Option> options) {
        this.command = command;
        this.options = Map.copyOf(options);
        this.order = List.copyOf(options.keySet());
    }

    /** Starts the declaration of a demo's options; {@code command} is how a reader runs it. */
    public static Builder forCommand(String command) {
        return new Builder(command);
    }

    /**
     * Starts the declaration of the options of the demo in lesson folder {@code lesson}, such as
     * {@code 06-locks}. The usage names the command that works where the demo was started: from
     * the project's root, {@code mvn -pl 06-locks exec:java}; from a lesson copied or exported on
     * its own, {@code mvn exec:java}.
     */
    public static Builder forLesson(String lesson) {
        return new Builder(commandFor(lesson, Path.of("").toAbsolutePath()));
    }

    /** The command that runs lesson {@code lesson} from {@code workingDirectory}. */
    static String commandFor(String lesson, Path workingDirectory) {
        return Files.isDirectory(workingDirectory.resolve(lesson))
                ? "mvn -pl " + lesson + " exec:java"
                : "mvn exec:java";
    }

    /**
     * Ends the JVM with {@code status} if it is not 0, and otherwise simply returns, so that a
     * demo run by {@code mvn exec:java} ends with Maven's own summary. Call it from {@code main}
     * only, never from code a test calls.
     */
    public static void exit(int status) {
        if (status != 0) {
            System.exit(status);
        }
    }

    /** Parses {@code args}, or throws {@link BadArgumentsException} with a one-line reason. */
    public Arguments parse(String... args) {
        var values = new HashMap<String, String>();
        boolean help = false;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--help") || arg.equals("-h")) {
                help = true;
                continue;
            }
            if (!arg.startsWith("--") || arg.length() == 2) {
                throw new BadArgumentsException("unexpected argument '" + arg + "'");
            }
            int equals = arg.indexOf('=');
            String name = equals < 0 ? arg.substring(2) : arg.substring(2, equals);
            Option option = options.get(name);
            if (option == null) {
                throw new BadArgumentsException("unknown option --" + name);
            }
            String value;
            if (equals >= 0) {
                value = arg.substring(equals + 1);
            } else if (i + 1 < args.length && !args[i + 1].startsWith("--")) {
                value = args[++i];
            } else if (option.bare() != null) {
                value = option.bare();
            } else {
                throw new BadArgumentsException("--" + name + " needs a value");
            }
            if (values.put(name, checked(option, value)) != null) {
                throw new BadArgumentsException("--" + name + " is given twice");
            }
        }
        options.values().forEach(option -> values.putIfAbsent(option.name(), option.defaultValue()));
        return new Arguments(help, false, values);
    }

    /**
     * Parses {@code args} for a demo about to run. After {@code --help} it prints the usage to
     * {@code System.out}; after bad input it prints the reason and the usage to {@code System.err}.
     * Either way {@link Arguments#runDemo()} is then false.
     */
    public Arguments parseOrExplain(String... args) {
        return parseOrExplain(System.out, System.err, args);
    }

    /** As {@link #parseOrExplain(String...)}, printing to {@code out} and {@code err}. */
    public Arguments parseOrExplain(PrintStream out, PrintStream err, String... args) {
        Arguments arguments;
        try {
            arguments = parse(args);
        } catch (BadArgumentsException e) {
            err.println("error: " + e.getMessage());
            err.print(usage());
            err.flush();
            return new Arguments(false, true, Map.of());
        }
        if (arguments.helpRequested()) {
            out.print(usage());
            out.flush();
        }
        return arguments;
    }

    /** The usage text: the command, then one line per option with what it allows and its default. */
    public String usage() {
        var text = new StringBuilder("usage: ").append(command);
        if (!order.isEmpty()) {
            text.append(" -Dexec.args=\"[options]\"");
        }
        text.append('\n');
        int width = "--help".length();
        for (String name : order) {
            width = Math.max(width, left(options.get(name)).length());
        }
        String line = "  %-" + width + "s  %s%n";
        for (String name : order) {
            Option option = options.get(name);
            text.append(String.format(Locale.ROOT, line, left(option),
                    option.description() + " (" + option.allowed() + "; default "
                            + (option.defaultValue().isEmpty() ? "none" : option.defaultValue())
                            + (option.bare() == null ? "" : "; alone: " + option.bare()) + ")"));
        }
        text.append(String.format(Locale.ROOT, line, "--help", "print this help and exit"));
        return text.toString();
    }

    private static String left(Option option) {
        String value = !option.shape().isEmpty() ? option.shape()
                : option.numeric() ? "N" : String.join("|", option.choices());
        return "--" + option.name() + (option.bare() == null ? " " + value : " [" + value + "]");
    }

    private static String checked(Option option, String value) {
        if (option.pattern() != null) {
            if (!option.pattern().matcher(value).matches()) {
                throw new BadArgumentsException("--" + option.name() + " must be " + option.shape()
                        + "; was '" + value + "'");
            }
            return value;
        }
        if (!option.numeric()) {
            if (!option.choices().contains(value)) {
                throw new BadArgumentsException("--" + option.name() + " must be " + option.allowed()
                        + "; was '" + value + "'");
            }
            return value;
        }
        long number;
        try {
            number = Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            throw new BadArgumentsException("--" + option.name() + " must be a whole number; was '"
                    + value + "'");
        }
        if (number < option.min() || number > option.max()) {
            String allowed = option.unbounded() ? option.allowed() : "from " + option.allowed();
            throw new BadArgumentsException("--" + option.name() + " must be " + allowed + "; was " + number);
        }
        return String.valueOf(number);
    }
}
