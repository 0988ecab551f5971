package org.fiscalwarehouse.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Builds one page's lines: glyphs inside a usable ruled table become one line per table row, all other
 * glyphs become gap-based lines; the result is ordered top to bottom.
 */
final class PdfPageAssembler {

    private PdfPageAssembler() {
    }

    static Page assemble(int number, List<Glyph> glyphs, List<Ruling> rulings) {
        List<Line> lines = new ArrayList<>();
        List<Glyph> loose = new ArrayList<>(glyphs);
        for (TableGrid grid : TableGridDetector.detect(rulings)) {
            List<Glyph> inside = new ArrayList<>();
            for (Glyph g : loose) {
                if (grid.contains(g.centreX(), g.centreY())) {
                    inside.add(g);
                }
            }
            if (inside.isEmpty()) {
                continue;
            }
            Optional<List<Line>> rows = GridCellAssembler.assemble(grid, inside);
            if (rows.isPresent()) {
                lines.addAll(rows.get());
                loose.removeAll(inside);
            }
        }
        lines.addAll(GlyphLineBuilder.lines(loose));
        lines.sort(Comparator.comparingDouble(Line::y));
        return new Page(number, lines);
    }
}
