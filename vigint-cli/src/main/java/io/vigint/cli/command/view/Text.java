package io.vigint.cli.command.view;

import java.io.PrintStream;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.Function;

/** Small pieces of text output shared by the views. */
final class Text {
    private Text() {}

    /** An instant to the second, for people, or {@code ifAbsent}. */
    static String time(Instant instant, String ifAbsent) {
        return instant == null
                ? ifAbsent
                : instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    /** {@code ""} for one, else {@code "s"}. */
    static String plural(long n) {
        return n == 1 ? "" : "s";
    }

    /** Rows (the first is the header) in columns two spaces apart, each line indented, without trailing blanks. */
    static void table(PrintStream out, List<String[]> rows, String indent) {
        int[] widths = new int[rows.get(0).length];
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        }
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder(indent);
            for (int i = 0; i < row.length; i++) {
                line.append(row[i]);
                if (i < row.length - 1) {
                    line.append(" ".repeat(widths[i] - row[i].length() + 2));
                }
            }
            out.println(line.toString().stripTrailing());
        }
    }

    /**
     * Fixed-width columns: {@code format} (one {@code %n}) lays out the header and each row; {@code none}
     * stands alone when there are no rows.
     */
    record Columns(String format, String none, String... header) {
        /** The header, then a line per row with the cells {@code cells} gives it; or {@code none}. */
        <T> void print(PrintStream out, List<T> rows, Function<T, Object[]> cells) {
            if (rows.isEmpty()) {
                out.println(none);
                return;
            }
            out.printf(format, (Object[]) header);
            for (T row : rows) {
                out.printf(format, cells.apply(row));
            }
        }
    }
}
