package dev.threadlessons.util;

import java.io.PrintStream;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The options a demo accepts, and the parser that checks them. Every demo takes {@code --help};
 * a lesson declares its other options once, and gets the usage text and the error messages from
 * the same declaration:
 *
 * <pre>{@code
 * static final CommandLine CLI = CommandLine.forCommand("mvn -pl 04-concurrency-speedup exec:java")
 *         .positive("tasks", 8, "number of tasks")
 *         .choice("only", "all", "which strategies run", "all", "io", "cpu")
 *         .build();
 *
 * public static void main(String[] args) {
 *     Arguments arguments = CLI.parseOrExplain(args);   // bad input: message + usage, then throws
 *     if (arguments.helpRequested()) { System.out.println(CLI.usage()); return; }
 *     int tasks = arguments.intValue("tasks");
 * }
 * }</pre>
 *
 * <p>Options are written {@code --name value} or {@code --name=value}. Bad input throws
 * {@link BadArgumentsException}; a demo lets it escape {@code main}, so that {@code exec:java}
 * and {@code java} both end with a non-zero status (a demo never calls {@code System.exit}, which
 * would cut Maven's own output short).
 *
 * <p>Thread-safety: immutable once built, safe from any thread.
 */
public final class CommandLine {

    private record Option(String name, String defaultValue, String description,
                          long min, long max, List<String> choices) {
        boolean numeric() {
            return choices.isEmpty();
        }
    }

    /** The parsed arguments: every declared option has a value, given or default. */
    public static final class Arguments {
        private final boolean helpRequested;
        private final Map<String, String> values;

        private Arguments(boolean helpRequested, Map<String, String> values) {
            this.helpRequested = helpRequested;
            this.values = Map.copyOf(values);
        }

        /** Whether {@code --help} or {@code -h} was given. */
        public boolean helpRequested() {
            return helpRequested;
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
                throw new IllegalArgumentException("no option named --" + name + " was declared");
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
            return add(new Option(name, String.valueOf(defaultValue), description, min, max, List.of()));
        }

        /** One word out of {@code choices}. */
        public Builder choice(String name, String defaultValue, String description, String... choices) {
            var allowed = List.of(choices);
            if (!allowed.contains(defaultValue)) {
                throw new IllegalArgumentException("default of --" + name + " is not one of its choices");
            }
            return add(new Option(name, defaultValue, description, 0, 0, allowed));
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
            } else {
                throw new BadArgumentsException("--" + name + " needs a value");
            }
            if (values.put(name, checked(option, value)) != null) {
                throw new BadArgumentsException("--" + name + " is given twice");
            }
        }
        options.values().forEach(option -> values.putIfAbsent(option.name(), option.defaultValue()));
        return new Arguments(help, values);
    }

    /**
     * Parses {@code args}; on bad input prints the reason and the usage to {@code System.err}
     * and rethrows, so that the demo ends with a non-zero status.
     */
    public Arguments parseOrExplain(String... args) {
        return parseOrExplain(System.err, args);
    }

    /** As {@link #parseOrExplain(String...)}, printing to {@code err}. */
    public Arguments parseOrExplain(PrintStream err, String... args) {
        try {
            return parse(args);
        } catch (BadArgumentsException e) {
            err.println("error: " + e.getMessage());
            err.print(usage());
            throw e;
        }
    }

    /** The usage text: the command, then one line per option with its default. */
    public String usage() {
        var text = new StringBuilder("usage: ").append(command);
        if (!order.isEmpty()) {
            text.append(" -Dexec.args=\"[options]\"");
        }
        text.append('\n');
        for (String name : order) {
            Option option = options.get(name);
            String left = "--" + name + (option.numeric() ? " N" : " " + String.join("|", option.choices()));
            text.append(String.format(Locale.ROOT, "  %-28s %s (default %s)%n",
                    left, option.description(), option.defaultValue()));
        }
        text.append(String.format(Locale.ROOT, "  %-28s %s%n", "--help", "print this help and exit"));
        return text.toString();
    }

    private static String checked(Option option, String value) {
        if (!option.numeric()) {
            if (!option.choices().contains(value)) {
                throw new BadArgumentsException("--" + option.name() + " must be one of "
                        + String.join(", ", option.choices()) + "; was '" + value + "'");
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
            throw new BadArgumentsException("--" + option.name() + " must be from " + option.min()
                    + " to " + option.max() + "; was " + number);
        }
        return String.valueOf(number);
    }
}
