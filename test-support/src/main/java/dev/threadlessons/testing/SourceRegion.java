package dev.threadlessons.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A tagged region of a source file, as a README shows it. A region is marked in Java with
 * {@code // tag::name[]} and {@code // end::name[]} on lines of their own, in Python with
 * {@code # tag::name[]} and {@code # end::name[]}; its lines are the ones in between, without the
 * indentation they share and without the marks of other regions nested inside. A file read whole
 * drops every mark line as well.
 *
 * <p>Thread-safety: stateless.
 */
final class SourceRegion {

    private static final Pattern MARK = Pattern.compile("^\\s*(?://|#)\\s*(tag|end)::([\\w-]+)\\[\\]\\s*$");

    private SourceRegion() {
    }

    /** The lines of region {@code name} of {@code source}, or of the whole file when {@code name} is null. */
    static List<String> read(Path source, String name) throws IOException {
        List<String> all = Files.readAllLines(source);
        var region = new ArrayList<String>();
        boolean inside = name == null;
        boolean found = name == null;
        for (String line : all) {
            var mark = MARK.matcher(line);
            if (mark.matches()) {
                if (mark.group(2).equals(name)) {
                    inside = mark.group(1).equals("tag");
                    found = true;
                }
                continue;
            }
            if (inside) {
                region.add(line);
            }
        }
        if (!found) {
            throw new IllegalArgumentException(source.getFileName() + " has no region '" + name + "'");
        }
        while (!region.isEmpty() && region.get(region.size() - 1).isBlank()) {
            region.remove(region.size() - 1);
        }
        return dedent(region);
    }

    private static List<String> dedent(List<String> lines) {
        int common = lines.stream().filter(line -> !line.isBlank())
                .mapToInt(line -> line.length() - line.stripLeading().length())
                .min().orElse(0);
        return lines.stream().map(line -> line.isBlank() ? "" : line.substring(common)).toList();
    }
}
