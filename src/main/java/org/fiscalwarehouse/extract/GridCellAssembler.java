package org.fiscalwarehouse.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Turns the glyphs inside a ruled table into one {@link Line} per table row: each glyph goes to the ruled
 * cell holding its centre, a cell's wrapped lines are joined, and the cell keeps its ruled box as x/width
 * so values line up with their header column even when they are right-aligned.
 */
final class GridCellAssembler {

    private static final Pattern NUMBER = Pattern.compile("[-+]?[\\d,]*\\.?\\d+%?");

    private GridCellAssembler() {
    }

    /**
     * The table's rows as lines, or empty when the rulings do not describe the rows (a cell holding several
     * stacked numbers means horizontal rulings are missing), so the caller falls back to gap-based lines.
     */
    static Optional<List<Line>> assemble(TableGrid grid, List<Glyph> glyphs) {
        List<List<Glyph>> byCell = new ArrayList<>();
        for (int i = 0; i < grid.cells().size(); i++) {
            byCell.add(new ArrayList<>());
        }
        for (Glyph g : glyphs) {
            int cell = grid.cellAt(g.centreX(), g.centreY());
            if (cell >= 0) {
                byCell.get(cell).add(g);
            }
        }
        Map<Integer, List<Cell>> cellsByRow = new TreeMap<>();
        Map<Integer, Double> baselineByRow = new TreeMap<>();
        for (int i = 0; i < byCell.size(); i++) {
            List<Glyph> content = byCell.get(i);
            if (content.isEmpty()) {
                continue;
            }
            List<List<Glyph>> visual = GlyphLineBuilder.visualLines(content);
            if (stacksNumbers(visual)) {
                return Optional.empty();
            }
            String text = "";
            for (List<Glyph> line : visual) {
                text = CjkText.joinWrapped(text, GlyphLineBuilder.text(line));
            }
            if (text.isBlank()) {
                continue;
            }
            TableGrid.CellBox box = grid.cells().get(i);
            cellsByRow.computeIfAbsent(box.topRow(), k -> new ArrayList<>())
                    .add(new Cell(text, box.left(), box.right() - box.left()));
            double firstBaseline = GlyphLineBuilder.baseline(visual.get(0));
            baselineByRow.merge(box.topRow(), firstBaseline, Math::min);
        }
        List<Line> lines = new ArrayList<>();
        for (Map.Entry<Integer, List<Cell>> row : cellsByRow.entrySet()) {
            List<Cell> cells = row.getValue();
            cells.sort((a, b) -> Double.compare(a.x(), b.x()));
            lines.add(new Line(baselineByRow.get(row.getKey()), cells));
        }
        return Optional.of(lines);
    }

    private static boolean stacksNumbers(List<List<Glyph>> visual) {
        if (visual.size() < 2) {
            return false;
        }
        int numeric = 0;
        for (List<Glyph> line : visual) {
            String t = GlyphLineBuilder.text(line);
            if (NUMBER.matcher(t).matches() && t.length() > 1) {
                numeric++;
            }
        }
        return numeric >= 2;
    }
}
