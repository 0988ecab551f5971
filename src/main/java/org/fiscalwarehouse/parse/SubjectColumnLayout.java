package org.fiscalwarehouse.parse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.fiscalwarehouse.extract.Cell;
import org.fiscalwarehouse.extract.Line;

/**
 * The figure columns of a subject table, left to right, and whether the rows can be read by position.
 *
 * <p>Positional: every header sits in a cell of its own, the columns do not overlap, most figures of the data rows
 * fall under a column and the row labels do not. Where the extraction lost cell boundaries (plain lines: header
 * words interleaved, "本年支出合\n计") none of that holds, and rows are read as label tokens followed by figures in
 * column order, the order being the order in which the headers are printed.
 */
public record SubjectColumnLayout(List<SubjectColumn> columns, boolean positional) {

    public int size() {
        return columns.size();
    }

    public int indexOf(String measure) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).measure().equals(measure)) {
                return i;
            }
        }
        return -1;
    }

    /** The column a cell stands under, or -1 (left of the first column: the label zone; or between nowhere). */
    public int columnAt(Cell cell) {
        double c = cell.centre();
        for (int i = 0; i < columns.size(); i++) {
            double left = i == 0 ? columns.get(0).left() : boundary(i - 1);
            double right = i == columns.size() - 1
                    ? columns.get(i).right() + (columns.get(i).right() - columns.get(i).left())
                    : boundary(i);
            if (c >= left && c < right) {
                return i;
            }
        }
        return -1;
    }

    /** Whether the cell stands left of every figure column (where codes, names and 栏次 labels are printed). */
    public boolean inLabelZone(Cell cell) {
        return !columns.isEmpty() && cell.centre() < columns.get(0).left();
    }

    private double boundary(int i) {
        return (columns.get(i).right() + columns.get(i + 1).left()) / 2;
    }

    /** Reads the layout from the header lines (above the first data row) and checks it against the data rows. */
    public static SubjectColumnLayout read(List<Line> headerLines, List<Line> dataLines) {
        String joined = headerLines.stream().map(SubjectColumnLayout::lineText).collect(Collectors.joining());
        List<SubjectColumnVocabulary.Hit> all = SubjectColumnVocabulary.find(joined);
        List<SubjectColumnVocabulary.Hit> wanted = SubjectColumnVocabulary.columns(all);
        SubjectColumnLayout positional = positional(headerLines, wanted);
        if (positional != null && positional.explains(dataLines)) {
            return positional;
        }
        return sequential(all, wanted);
    }

    private static SubjectColumnLayout sequential(List<SubjectColumnVocabulary.Hit> all,
                                                  List<SubjectColumnVocabulary.Hit> wanted) {
        SubjectColumnVocabulary.Hit group = SubjectColumnVocabulary.group(all);
        Set<String> underGroup = Set.of("total", "basic", "project");
        List<double[]> order = new ArrayList<>();
        List<SubjectColumn> cols = new ArrayList<>();
        for (SubjectColumnVocabulary.Hit h : wanted) {
            double pos = h.position();
            // plain lines print the sub-headers (小计 基本支出 项目支出) on a later line than their group (本年支出),
            // after the columns to the group's right: the sub-columns stand where the group stands
            if (group != null && underGroup.contains(h.measure()) && h.position() > group.position()) {
                pos = group.position() + (h.position() - group.position()) / 100_000.0;
            }
            order.add(new double[] {pos, cols.size()});
            cols.add(new SubjectColumn(h.measure(), h.header(), 0, 0));
        }
        order.sort(Comparator.comparingDouble(a -> a[0]));
        List<SubjectColumn> sorted = new ArrayList<>();
        for (double[] o : order) {
            sorted.add(cols.get((int) o[1]));
        }
        return new SubjectColumnLayout(List.copyOf(sorted), false);
    }

    private static SubjectColumnLayout positional(List<Line> headerLines, List<SubjectColumnVocabulary.Hit> wanted) {
        List<SubjectColumn> cols = new ArrayList<>();
        for (SubjectColumnVocabulary.Hit w : wanted) {
            Cell found = null;
            for (Line line : headerLines) {
                for (Cell cell : line.cells()) {
                    boolean match = SubjectColumnVocabulary.find(cell.text()).stream()
                            .anyMatch(h -> h.header().equals(w.header()));
                    if (match && found == null) {
                        found = cell;
                    }
                }
            }
            if (found == null) {
                return null; // a header broken over cells: the cell boundaries are not the columns
            }
            cols.add(new SubjectColumn(w.measure(), w.header(), found.x(), found.right()));
        }
        cols.sort(Comparator.comparingDouble(SubjectColumn::centre));
        for (int i = 1; i < cols.size(); i++) {
            if (cols.get(i).left() < cols.get(i - 1).right()) {
                return null;
            }
        }
        return new SubjectColumnLayout(List.copyOf(withColumnNumbers(cols, headerLines)), true);
    }

    /** Where a 栏次 row numbers exactly these columns, its cells give their places (headers may span or drift). */
    private static List<SubjectColumn> withColumnNumbers(List<SubjectColumn> cols, List<Line> headerLines) {
        for (Line line : headerLines) {
            List<Cell> numbers = line.cells().stream()
                    .filter(c -> !c.isBlank() && c.text().strip().matches("\\d{1,2}"))
                    .sorted(Comparator.comparingDouble(Cell::x)).toList();
            boolean otherwiseLabels = line.cells().stream().filter(c -> !c.isBlank())
                    .allMatch(c -> c.text().strip().matches("\\d{1,2}") || TableToken.of(c.text()) == TableToken.TEXT);
            if (numbers.size() == cols.size() && otherwiseLabels && numbers.size() > 1) {
                List<SubjectColumn> out = new ArrayList<>();
                for (int i = 0; i < cols.size(); i++) {
                    Cell n = numbers.get(i);
                    out.add(new SubjectColumn(cols.get(i).measure(), cols.get(i).header(), n.x(), n.right()));
                }
                return out;
            }
        }
        return cols;
    }

    /** Whether reading by position makes sense of the data rows: figures under columns, labels outside them. */
    private boolean explains(List<Line> dataLines) {
        int figures = 0;
        int placed = 0;
        int rows = 0;
        int labelsUnderColumns = 0;
        for (Line line : dataLines) {
            // only subject rows judge the labels: a 合计 label is sometimes printed inside a figure column
            boolean subjectRow = line.cells().stream().anyMatch(c -> TableToken.isFunctionCode(c.text()));
            rows += subjectRow ? 1 : 0;
            boolean labelInColumn = false;
            for (Cell cell : line.cells()) {
                TableToken kind = TableToken.of(cell.text());
                if (kind == TableToken.AMOUNT) {
                    figures++;
                    if (columnAt(cell) >= 0) {
                        placed++;
                    }
                } else if ((kind == TableToken.TEXT || kind == TableToken.CODE) && columnAt(cell) >= 0) {
                    labelInColumn = true;
                }
            }
            if (labelInColumn && subjectRow) {
                labelsUnderColumns++;
            }
        }
        return placed * 2 >= figures && figures > 0 && (rows == 0 || labelsUnderColumns * 2 < rows);
    }

    private static String lineText(Line line) {
        return line.cells().stream().map(Cell::text).collect(Collectors.joining());
    }
}
