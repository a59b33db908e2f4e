package dev.threadlessons.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A lesson's README, read so that tests can hold it to the code and to a real run.
 *
 * <ul>
 *   <li><b>The output excerpt.</b> The first code block under the heading
 *       {@code ## What to look for in the output} is the output of a real run, lines such as
 *       {@code   1051 ms [customer-1] balance 100 covers 80: approved}.
 *       {@link #assertExcerptMatches(DemoOutput)} checks that its header, every section title and
 *       its verdict are those of a fresh run, in the same order, with numbers, times and hash codes
 *       masked: rewording a demo without its README, or quoting a section the demo no longer
 *       prints, fails the build.</li>
 *   <li><b>The code blocks.</b> Every {@code java} or {@code python} block is preceded by a line
 *       {@code <!-- from: src/main/java/.../LockedCounter.java#increment -->} naming a file of the
 *       lesson and, after {@code #}, a region of it: the lines between {@code // tag::increment[]}
 *       and {@code // end::increment[]} ({@code #} instead of {@code //} in Python). Without
 *       {@code #region} the block is the whole file. {@link #assertCodeBlocksMatchTheirSources()}
 *       checks every block against its source, so that what a reader sees is what runs.</li>
 *   <li><b>The pictures.</b> {@link #assertShowsPictures(List)} checks that the README shows the
 *       pictures of the scenes the demo draws, committed in the lesson's {@code pictures} folder.</li>
 * </ul>
 *
 * <p>Paths are relative to the lesson's folder, which is the working directory of its tests
 * under Maven, in a copied lesson and in an exported one alike.
 *
 * <p>Thread-safety: immutable.
 */
public final class Readme {

    static final String EXCERPT_HEADING = "## What to look for in the output";
    private static final Pattern FROM = Pattern.compile("^<!--\\s*from:\\s*(\\S+?)(?:#([\\w-]+))?\\s*-->$");
    private static final Pattern FENCE = Pattern.compile("^(\\s*)```(\\w*)\\s*$");
    private static final Pattern LOGGED = Pattern.compile("^\\s*\\d+ ms \\[[^\\]]*\\] (.*)$");
    private static final Pattern GAME = Pattern.compile("^<!--\\s*game:\\s*(.+?)\\s*-->$");
    private static final Pattern HASH = Pattern.compile("@[0-9a-f]+");

    /** One fenced code block: its language, its lines, the line it starts on, and the source it names. */
    record CodeBlock(String language, List<String> lines, int startLine, String from) {
    }

    private final Path folder;
    private final Path file;
    private final List<String> lines;

    private Readme(Path folder, Path file, List<String> lines) {
        this.folder = folder;
        this.file = file;
        this.lines = List.copyOf(lines);
    }

    /** The {@code README.md} of the lesson whose tests are running. */
    public static Readme ofThisLesson() throws IOException {
        return of(Path.of("").toAbsolutePath());
    }

    /** The {@code README.md} in {@code folder}. */
    public static Readme of(Path folder) throws IOException {
        Path file = folder.resolve("README.md");
        return new Readme(folder, file, Files.readAllLines(file));
    }

    /** The messages of the output excerpt, without the time and thread in front of each. */
    public List<String> excerptMessages() {
        int heading = lines.indexOf(EXCERPT_HEADING);
        if (heading < 0) {
            throw new AssertionError(file + " has no heading '" + EXCERPT_HEADING + "'");
        }
        CodeBlock block = codeBlocks().stream().filter(b -> b.startLine() > heading).findFirst()
                .orElseThrow(() -> new AssertionError(file + ": no code block under '" + EXCERPT_HEADING + "'"));
        var messages = new ArrayList<String>();
        for (String line : block.lines()) {
            Matcher logged = LOGGED.matcher(line);
            if (logged.matches()) {
                messages.add(logged.group(1));
            }
        }
        return messages;
    }

    /**
     * Fails unless the README shows, as {@code ![what](pictures/<name>.svg)}, exactly the pictures
     * of the scenes {@code names} (the ones the demo draws, in its order), and each of them is a
     * file of the lesson with its recording, {@code pictures/<name>.jfr}, beside it.
     */
    public void assertShowsPictures(List<String> names) {
        var shown = new ArrayList<String>();
        Matcher image = Pattern.compile("!\\[[^\\]]*\\]\\(pictures/([\\w.-]+)\\.svg\\)").matcher(String.join("\n", lines));
        while (image.find()) {
            shown.add(image.group(1));
        }
        if (!shown.equals(names)) {
            throw new AssertionError(file.getFileName() + " shows the pictures " + shown + ", the demo draws " + names);
        }
        var missing = new ArrayList<String>();
        for (String name : names) {
            for (String file : List.of(name + ".svg", name + ".jfr")) {
                if (!Files.isRegularFile(folder.resolve("pictures").resolve(file))) {
                    missing.add("pictures/" + file);
                }
            }
        }
        if (!missing.isEmpty()) {
            throw new AssertionError("missing in the lesson: " + missing + " (scripts/pictures.sh makes them)");
        }
    }

    /**
     * Fails unless the excerpt's header, section titles and verdict are those of {@code run}, in
     * the same order, numbers masked. The message shows both, line by line.
     */
    public void assertExcerptMatches(DemoOutput run) {
        List<String> quoted = DemoOutput.skeletonOf(excerptMessages());
        List<String> fresh = run.skeleton();
        if (!quoted.equals(fresh)) {
            throw new AssertionError("The output quoted in " + file.getFileName()
                    + " no longer has the shape of a fresh run (numbers masked).\n"
                    + "README:\n  " + String.join("\n  ", quoted)
                    + "\nfresh run:\n  " + String.join("\n  ", fresh)
                    + "\nUpdate the excerpt under '" + EXCERPT_HEADING + "' from a real run.");
        }
    }

    /**
     * Fails unless every game the README shows replays the same. A game is a {@code text} block
     * just after a line {@code <!-- game: --play LEVEL --moves N,N,... -->}: the screens of a real
     * run of the demo with those arguments. A fresh run of {@code demo} must print each of the
     * block's lines, in the same order; the lesson's log lines (they carry a time) are not
     * compared, and hash codes are masked.
     *
     * @return how many games were replayed, so that a test can insist on at least one
     */
    public int assertGamesReplay(DemoRun.Entry demo) throws Exception {
        int games = 0;
        for (CodeBlock block : codeBlocks()) {
            String before = lineBefore(block.startLine() - 1);
            Matcher game = GAME.matcher(before);
            if (!game.matches()) {
                continue;
            }
            games++;
            String[] args = game.group(1).split("\\s+");
            DemoOutput run = DemoRun.of(demo, args);
            List<String> fresh = run.out().lines().map(Readme::masked).toList();
            int at = 0;
            for (String line : block.lines()) {
                if (line.isBlank() || LOGGED.matcher(line).matches()) {
                    continue;
                }
                String wanted = masked(line);
                int found = fresh.subList(at, fresh.size()).indexOf(wanted);
                if (found < 0) {
                    throw new AssertionError(file.getFileName() + " line " + block.startLine() + ": the game "
                            + game.group(1) + " no longer prints, in this order,\n  " + line
                            + "\nfresh run:\n  " + String.join("\n  ", fresh));
                }
                at += found + 1;
            }
        }
        return games;
    }

    private String lineBefore(int index) {
        for (int j = index - 1; j >= 0; j--) {
            if (!lines.get(j).isBlank()) {
                return lines.get(j).trim();
            }
        }
        return "";
    }

    private static String masked(String line) {
        return HASH.matcher(line.stripTrailing()).replaceAll("@...");
    }

    /** Fails unless every {@code java} and {@code python} block is the region of the file it names. */
    public void assertCodeBlocksMatchTheirSources() throws IOException {
        var problems = new ArrayList<String>();
        for (CodeBlock block : codeBlocks()) {
            if (!block.language().equals("java") && !block.language().equals("python")) {
                continue;
            }
            String where = file.getFileName() + " line " + block.startLine();
            if (block.from() == null) {
                problems.add(where + ": a " + block.language() + " block without '<!-- from: path#region -->' before it");
                continue;
            }
            Matcher from = FROM.matcher(block.from());
            if (!from.matches()) {
                problems.add(where + ": cannot read '" + block.from() + "'");
                continue;
            }
            Path source = folder.resolve(from.group(1));
            if (!Files.isRegularFile(source)) {
                problems.add(where + ": " + from.group(1) + " does not exist");
                continue;
            }
            List<String> region;
            try {
                region = SourceRegion.read(source, from.group(2));
            } catch (IllegalArgumentException e) {
                problems.add(where + ": " + e.getMessage());
                continue;
            }
            if (!region.equals(block.lines())) {
                problems.add(where + ": differs from " + from.group(1)
                        + (from.group(2) == null ? "" : "#" + from.group(2))
                        + firstDifference(block.lines(), region));
            }
        }
        if (!problems.isEmpty()) {
            throw new AssertionError("Code in " + file.getFileName() + " that is not its source:\n  "
                    + String.join("\n  ", problems));
        }
    }

    /** Every fenced code block, with the {@code <!-- from: ... -->} line just before it, if any. */
    List<CodeBlock> codeBlocks() {
        var blocks = new ArrayList<CodeBlock>();
        for (int i = 0; i < lines.size(); i++) {
            Matcher open = FENCE.matcher(lines.get(i));
            if (!open.matches()) {
                continue;
            }
            String indent = open.group(1);
            int start = i;
            var body = new ArrayList<String>();
            for (i++; i < lines.size() && !lines.get(i).trim().equals("```"); i++) {
                String line = lines.get(i);
                body.add(line.startsWith(indent) ? line.substring(indent.length()) : line.strip());
            }
            String from = null;
            for (int j = start - 1; j >= 0; j--) {
                String before = lines.get(j).trim();
                if (before.isEmpty()) {
                    continue;
                }
                from = FROM.matcher(before).matches() ? before : null;
                break;
            }
            blocks.add(new CodeBlock(open.group(2), body, start + 1, from));
        }
        return blocks;
    }

    private static String firstDifference(List<String> readme, List<String> source) {
        int n = Math.min(readme.size(), source.size());
        for (int i = 0; i < n; i++) {
            if (!readme.get(i).equals(source.get(i))) {
                return ", from its line " + (i + 1) + ":\n      README: " + readme.get(i)
                        + "\n      source: " + source.get(i);
            }
        }
        return ": the README has " + readme.size() + " lines, the source " + source.size();
    }
}
