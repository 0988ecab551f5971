package org.fiscalwarehouse.query;

import java.util.ArrayList;
import java.util.List;

/**
 * Renders a {@link QueryResult} as a table a person reads in a terminal: a header, a rule, one line per row,
 * columns two spaces apart, padded by display width (a Chinese character takes two columns), numbers
 * right-aligned, NULL left blank.
 */
public final class TerminalTable {

    private static final String GAP = "  ";

    private TerminalTable() {
    }

    public static String render(QueryResult result) {
        int n = result.columns().size();
        int[] widths = new int[n];
        for (int c = 0; c < n; c++) {
            widths[c] = DisplayWidth.of(result.columns().get(c));
        }
        for (List<String> row : result.rows()) {
            for (int c = 0; c < n; c++) {
                widths[c] = Math.max(widths[c], DisplayWidth.of(cell(row.get(c))));
            }
        }
        StringBuilder out = new StringBuilder();
        line(out, result.columns(), widths, result.numeric());
        List<String> rule = new ArrayList<>();
        for (int w : widths) {
            rule.add("-".repeat(w));
        }
        line(out, rule, widths, result.numeric());
        for (List<String> row : result.rows()) {
            line(out, row.stream().map(TerminalTable::cell).toList(), widths, result.numeric());
        }
        return out.toString();
    }

    private static void line(StringBuilder out, List<String> cells, int[] widths, List<Boolean> numeric) {
        StringBuilder line = new StringBuilder();
        for (int c = 0; c < cells.size(); c++) {
            String text = cells.get(c);
            line.append(c > 0 ? GAP : "")
                    .append(numeric.get(c) ? DisplayWidth.padLeft(text, widths[c]) : DisplayWidth.padRight(text, widths[c]));
        }
        out.append(line.toString().stripTrailing()).append('\n');
    }

    private static String cell(String value) {
        return value == null ? "" : value;
    }
}
