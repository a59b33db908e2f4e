package dev.threadlessons.util;

import java.util.ArrayList;
import java.util.List;

/**
 * Prints {@link ThreadRow}s as an aligned text table, one line per thread, for a terminal:
 *
 * <pre>
 *  id  name      state    daemon  prio  group  waits for                 held by
 *   1  main      RUNNABLE no         5  main
 *  23  blocked   BLOCKED  no         5  main   java.lang.Object@6d06d69c holder
 * </pre>
 *
 * <p>Thread-safety: stateless, safe from any thread.
 */
public final class ThreadTable {

    private static final List<String> HEADERS =
            List.of("id", "name", "state", "daemon", "prio", "group", "waits for", "held by");

    private ThreadTable() {
    }

    /** The table for {@code rows}, a header line first, lines separated by {@code \n}. */
    public static String format(List<ThreadRow> rows) {
        var cells = new ArrayList<List<String>>();
        cells.add(HEADERS);
        for (ThreadRow row : rows) {
            cells.add(List.of(String.valueOf(row.id()), row.name(), row.state().name(),
                    row.daemon() ? "yes" : "no", String.valueOf(row.priority()), row.group(),
                    row.lockName(), row.lockOwner()));
        }
        int[] widths = new int[HEADERS.size()];
        for (List<String> line : cells) {
            for (int column = 0; column < widths.length; column++) {
                widths[column] = Math.max(widths[column], line.get(column).length());
            }
        }
        var table = new StringBuilder();
        for (List<String> line : cells) {
            var text = new StringBuilder();
            for (int column = 0; column < widths.length; column++) {
                String cell = line.get(column);
                // Numbers read best right-aligned, words left-aligned.
                boolean numeric = column == 0 || column == 4;
                text.append(numeric ? pad(cell, widths[column], true) : pad(cell, widths[column], false));
                text.append("  ");
            }
            table.append(text.toString().stripTrailing()).append('\n');
        }
        return table.toString();
    }

    private static String pad(String cell, int width, boolean right) {
        String spaces = " ".repeat(width - cell.length());
        return right ? spaces + cell : cell + spaces;
    }
}
