package org.fiscalwarehouse.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Groups glyphs into visual lines by baseline and splits each line into cells at gaps clearly wider than
 * letter spacing. Thresholds are relative to the font size because LibreOffice spreads CJK letters and a
 * fixed point value would either split Chinese words or glue table columns together.
 */
final class GlyphLineBuilder {

    /** Baselines closer than this fraction of the font size belong to the same visual line. */
    private static final double BASELINE_TOLERANCE = 0.35;
    /** A gap wider than this fraction of the font size starts a new cell. */
    private static final double CELL_GAP = 0.9;
    /** A gap wider than this fraction of the font size between non-CJK characters is a word space. */
    private static final double SPACE_GAP = 0.15;
    /** Between two CJK characters with no space glyph, only a gap this wide (of the font size) is a space. */
    private static final double CJK_SPACE_GAP = 0.6;

    private GlyphLineBuilder() {
    }

    /** Gap-based lines for glyphs that are not inside a ruled table. */
    static List<Line> lines(List<Glyph> glyphs) {
        List<Line> lines = new ArrayList<>();
        for (List<Glyph> visual : visualLines(glyphs)) {
            List<Cell> cells = new ArrayList<>();
            for (List<Glyph> run : splitAtGaps(visual)) {
                String text = text(run);
                if (!text.isEmpty()) {
                    double x = run.get(0).x();
                    double right = run.stream().filter(g -> !g.isSpace()).mapToDouble(Glyph::right).max().orElse(x);
                    cells.add(new Cell(text, x, right - x));
                }
            }
            if (!cells.isEmpty()) {
                lines.add(new Line(baseline(visual), cells));
            }
        }
        return lines;
    }

    /** Visual lines top to bottom, each sorted left to right, with exact duplicates (fake bold) removed. */
    static List<List<Glyph>> visualLines(List<Glyph> glyphs) {
        List<Glyph> sorted = new ArrayList<>(glyphs);
        sorted.sort(Comparator.comparingDouble(Glyph::baseline).thenComparingDouble(Glyph::x));
        List<List<Glyph>> lines = new ArrayList<>();
        List<Glyph> current = null;
        double currentBaseline = 0;
        for (Glyph g : sorted) {
            if (current == null || g.baseline() - currentBaseline > BASELINE_TOLERANCE * g.fontSize()) {
                current = new ArrayList<>();
                lines.add(current);
                currentBaseline = g.baseline();
            }
            current.add(g);
        }
        for (List<Glyph> line : lines) {
            line.sort(Comparator.comparingDouble(Glyph::x));
            removeOverprints(line);
        }
        return lines;
    }

    /** Splits a visual line into runs at gaps wider than the cell gap. */
    static List<List<Glyph>> splitAtGaps(List<Glyph> line) {
        List<List<Glyph>> runs = new ArrayList<>();
        List<Glyph> run = new ArrayList<>();
        Glyph previous = null;
        for (Glyph g : line) {
            if (g.isSpace()) {
                // A space never splits cells (its box width is arbitrary) but tells text() a word break is printed.
                if (!run.isEmpty()) {
                    run.add(g);
                }
                continue;
            }
            if (previous != null && g.x() - previous.right() > CELL_GAP * Math.max(g.fontSize(), previous.fontSize())) {
                runs.add(run);
                run = new ArrayList<>();
            }
            run.add(g);
            previous = g;
        }
        if (!run.isEmpty()) {
            runs.add(run);
        }
        return runs;
    }

    /** The text of one visual line's glyphs (sorted by x), with word spaces where the gaps show them. */
    static String text(List<Glyph> run) {
        StringBuilder sb = new StringBuilder();
        Glyph previous = null;
        boolean spaceGlyph = false;
        for (Glyph g : run) {
            if (g.isSpace()) {
                spaceGlyph = true;
                continue;
            }
            if (previous != null) {
                double size = Math.max(g.fontSize(), previous.fontSize());
                double gap = g.x() - previous.right();
                boolean bothCjk = CjkText.isCjk(previous.last()) && CjkText.isCjk(g.first());
                // Between Chinese characters only a printed space or a wide gap is a space: LibreOffice
                // letter-spaces CJK text, and those small gaps are not word breaks.
                double threshold = bothCjk ? (spaceGlyph ? SPACE_GAP : CJK_SPACE_GAP) : SPACE_GAP;
                if (gap > threshold * size) {
                    sb.append(' ');
                }
            }
            sb.append(g.text());
            previous = g;
            spaceGlyph = false;
        }
        return sb.toString().trim();
    }

    static double baseline(List<Glyph> line) {
        return line.stream().mapToDouble(Glyph::baseline).max().orElse(0);
    }

    private static void removeOverprints(List<Glyph> line) {
        // Some producers fake bold by painting each glyph twice with a tiny offset.
        Set<String> seen = new HashSet<>();
        line.removeIf(g -> !seen.add(g.text() + '@' + Math.round(g.x()) + ',' + Math.round(g.baseline())));
    }
}
