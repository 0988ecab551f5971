package org.fiscalwarehouse.parse;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.fiscalwarehouse.extract.Cell;
import org.fiscalwarehouse.extract.Line;

/**
 * Puts a row's printed figures under their columns, and reads slid rows the way their layout shows:
 * <ul>
 * <li>a figure printed in the label zone (where the empty 栏次 cell was dropped) means the row's figures slid one
 * cell left per such figure: they move back right, and a figure already in the last column stays there;</li>
 * <li>a label printed in a figure column (合计 in the 年初结转 column) means the figures slid right behind it;</li>
 * <li>a blank total column beside a printed part means the total was printed one cell right, over that part, whose
 * own figure is then lost.</li>
 * </ul>
 * Figures are stored as printed: a row whose cells do not add up stays so here; the reconcile stage repairs what the
 * arithmetic proves.
 */
final class SubjectRowAlignment {

    private SubjectRowAlignment() {
    }

    static void place(Line line, SubjectColumnLayout layout, SubjectRow row) {
        int n = layout.size();
        Cell[] placed = new Cell[n];
        List<Cell> slidLeft = new ArrayList<>();
        int labelColumn = -1;
        for (Cell cell : line.cells()) {
            TableToken kind = TableToken.of(cell.text());
            int col = layout.columnAt(cell);
            if (kind.isFigure()) {
                if (col >= 0 && placed[col] == null) {
                    placed[col] = cell;
                } else if (col < 0 && layout.inLabelZone(cell) && kind == TableToken.AMOUNT) {
                    slidLeft.add(cell);
                }
            } else if (kind == TableToken.TEXT && col >= 0 && labelColumn < 0) {
                labelColumn = col;
            }
        }
        Cell[] cols = placed;
        boolean[] lost = new boolean[n];
        if (!slidLeft.isEmpty()) {
            int m = slidLeft.size();
            cols = new Cell[n];
            for (int i = 0; i < m && i < n; i++) {
                cols[i] = slidLeft.get(i);
            }
            for (int j = 0; j < n; j++) {
                if (placed[j] == null) {
                    continue;
                }
                int target = j + m < n ? j + m : j;
                if (cols[target] == null) {
                    cols[target] = placed[j];
                }
            }
        } else if (labelColumn >= 0) {
            cols = new Cell[n];
            for (int j = labelColumn + 1; j < n; j++) {
                cols[j - 1] = placed[j];
            }
            lost[n - 1] = true;
        }
        for (int i = 0; i < n; i++) {
            if (lost[i]) {
                row.markLost(i);
            } else if (cols[i] != null) {
                row.set(i, TableToken.figure(cols[i].text()));
            }
        }
        totalPrintedInNextCell(row, layout);
    }

    /** A blank total beside a printed part of a row that has figures: the total stands in the next cell. */
    static void totalPrintedInNextCell(SubjectRow row, SubjectColumnLayout layout) {
        int total = layout.indexOf("total");
        if (total < 0 || total + 1 >= layout.size() || row.figure(total) != null || row.isLost(total)) {
            return;
        }
        int next = total + 1;
        if (!SubjectColumnVocabulary.PARTS_OF_TOTAL.contains(layout.columns().get(next).measure())) {
            return;
        }
        BigDecimal moved = row.figure(next);
        if (moved != null && moved.signum() != 0) {
            row.set(total, moved);
            row.markLost(next);
        }
    }
}
