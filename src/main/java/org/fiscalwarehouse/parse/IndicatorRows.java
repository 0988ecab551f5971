package org.fiscalwarehouse.parse;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.fiscalwarehouse.extract.Cell;
import org.fiscalwarehouse.parse.TableRegion.PageLine;

/**
 * The indicator rows of a performance table (一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因,
 * or a target table's 一级指标 | 二级指标 | 三级指标 | 指标值).
 *
 * <p>Rows are read as a sequence of filled cells, never by cell index: extractions drop leading empty cells, shift
 * rows left or right of their header, and the PDF omits empty cells altogether. In a self-evaluation the weight and
 * score are the rightmost two plain numbers of the row (a 偏差原因 note may follow); the actual value stands before
 * them (behind a 完成比例 when the header has one), the target before that, and everything to the left is labels.
 * Where the row prints an 指标类型 (定量/定性), the target and actual are the two cells after it. Labels fill the level
 * columns from the right (三级 first), so a row that repeats no merged cell carries its 一级/二级 from the rows above.
 * A text-only row right under an indicator row, starting left of that row's target, continues its indicator name
 * (a cell split over a page break or a grid line: "开展全城通（代）" + "办业务机构数"). Plain-text extractions instead
 * wrap every long cell onto lines of their own above the row's values; those lines are read as {@link WrappedLabels}.
 */
final class IndicatorRows {

    /** A label column of the indicator block. */
    private enum Level {
        LEVEL1, LEVEL2, INDICATOR
    }

    private static final Pattern HEADER = Pattern.compile(".*(一级指标|二级指标|三级指标|指标类型).*");
    private static final Pattern END = Pattern.compile("^(总分|评价总分|总分值|备注|评价等级|填表说明|部门\\(单位\\)意见|部门（单位）意见).*");
    private static final Set<String> INDICATOR_TYPES = Set.of("定量", "定性");
    private static final int MAX_NAME_FRAGMENT = 20;
    private static final int MAX_UNIT_TOKEN = 4;
    private static final Pattern PAGE_NUMBER = Pattern.compile("\\d{1,3}");
    /** A heading of the text after the table ("3.有关情况说明", "八、其他重要事项说明"). */
    private static final Pattern HEADING = Pattern.compile("^(\\d{1,2}[.、．]|[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[)）]).*");

    /** An indicator being read; a later continuation row may still extend its name. */
    private static final class Draft {
        final int page;
        final double y;
        final String level1;
        final String level2;
        String indicator;
        final String target;
        final String actual;
        final BigDecimal weight;
        final BigDecimal score;
        final double targetX;
        final boolean hasNote;
        final String completion;

        Draft(int page, double y, String level1, String level2, String indicator, String target, String actual,
              BigDecimal weight, BigDecimal score, double targetX, boolean hasNote, String completion) {
            this.page = page;
            this.y = y;
            this.level1 = level1;
            this.level2 = level2;
            this.indicator = indicator;
            this.target = target;
            this.actual = actual;
            this.weight = weight;
            this.score = score;
            this.targetX = targetX;
            this.hasNote = hasNote;
            this.completion = completion;
        }
    }

    private IndicatorRows() {
    }

    /**
     * The table's indicators.
     *
     * @param selfEvaluation whether the table scores its indicators (自评表) or only sets targets (目标表)
     */
    static List<PerformanceIndicator> read(List<PageLine> lines, String project, String table, boolean selfEvaluation) {
        int start = headerLine(lines);
        if (start < 0) {
            return List.of();
        }
        String headerText = headerText(lines, start);
        List<Level> levels = headerText.contains("年度工作任务") && !headerText.contains("二级指标")
                ? List.of(Level.LEVEL1, Level.INDICATOR)
                : List.of(Level.LEVEL1, Level.LEVEL2, Level.INDICATOR);
        boolean hasRatio = headerText.contains("完成比例");
        boolean tokenised = isTokenised(lines.subList(start, lines.size()));

        List<Draft> drafts = new ArrayList<>();
        String level1 = null;
        String level2 = null;
        boolean previousWasIndicator = false;
        List<String> wrapped = new ArrayList<>(); // plain text: the label lines since the last indicator row
        for (int i = start + 1; i < lines.size(); i++) {
            PageLine pl = lines.get(i);
            List<Cell> cells = PerformanceText.filled(pl.line());
            if (cells.isEmpty() || (cells.size() == 1 && PAGE_NUMBER.matcher(cells.get(0).text()).matches())) {
                continue; // a page number printed under the table
            }
            String first = PerformanceText.compact(cells.get(0).text());
            boolean hasNumber = cells.stream().anyMatch(c -> PerformanceText.number(c.text()).isPresent());
            if (END.matcher(first).matches() || (HEADING.matcher(first).matches() && !hasNumber)) {
                break;
            }
            if (HEADER.matcher(PerformanceText.compact(pl.line().text())).matches()) {
                previousWasIndicator = false; // a header repeated after a page break
                wrapped.clear();
                continue;
            }
            Row row = selfEvaluation ? scoredRow(cells, hasRatio, tokenised) : targetRow(cells, tokenised);
            if (row == null) {
                if (previousWasIndicator && !tokenised) {
                    continueName(drafts.get(drafts.size() - 1), cells);
                }
                if (tokenised) {
                    cells.forEach(c -> wrapped.add(c.text()));
                }
                previousWasIndicator = false;
                continue;
            }
            previousWasIndicator = false;
            // a row of only a weight and a score: its target and actual wrapped above it too, beyond telling apart
            boolean valuesWrapped = row.labels().isEmpty() && row.target() == null;
            WrappedLabels carried = WrappedLabels.of(wrapped, valuesWrapped);
            wrapped.clear();
            level1 = carried.level1().orElse(level1);
            level2 = carried.level2().orElse(level2);
            List<String> labels = row.labels().isEmpty() ? carried.indicator().map(List::of).orElse(List.of())
                    : row.labels();
            if (labels.isEmpty()) {
                continue; // nothing names the indicator
            }
            int n = Math.min(labels.size(), levels.size());
            List<String> used = labels.subList(labels.size() - n, labels.size());
            String indicator = used.get(n - 1);
            for (int k = 0; k < n - 1; k++) {
                Level level = levels.get(levels.size() - n + k);
                if (level == Level.LEVEL1) {
                    level1 = used.get(k);
                } else if (level == Level.LEVEL2) {
                    level2 = used.get(k);
                }
            }
            drafts.add(new Draft(pl.page(), pl.line().y(), level1, level2, indicator, row.target(), row.actual(),
                    row.weight(), row.score(), row.targetX(), row.hasNote(), row.completion()));
            previousWasIndicator = true;
        }
        List<PerformanceIndicator> out = new ArrayList<>();
        for (Draft d : drafts) {
            out.add(new PerformanceIndicator(project, d.level1, d.level2, d.indicator, d.target, d.actual, d.weight,
                    d.score, new Provenance(d.page, table, d.indicator, selfEvaluation ? "实际完成值" : "指标值"),
                    d.completion));
        }
        return out;
    }

    /** One indicator row as read: labels left to right, then the values. */
    private record Row(List<String> labels, String target, String actual, BigDecimal weight, BigDecimal score,
                       double targetX, boolean hasNote, String completion) {
    }

    private static Row scoredRow(List<Cell> cells, boolean hasRatio, boolean tokenised) {
        int w = -1;
        for (int i = cells.size() - 2; i >= 0; i--) {
            if (PerformanceText.isPlainNumber(cells.get(i).text()) && PerformanceText.isPlainNumber(cells.get(i + 1).text())) {
                w = i;
                break;
            }
        }
        if (w < 0) {
            return null;
        }
        BigDecimal weight = PerformanceText.number(cells.get(w).text()).orElseThrow();
        BigDecimal score = PerformanceText.number(cells.get(w + 1).text()).orElseThrow();
        boolean note = w + 2 < cells.size();
        for (int t = 0; t < w; t++) {
            if (INDICATOR_TYPES.contains(cells.get(t).text()) && t + 2 <= w) {
                String actual = t + 2 < w ? cells.get(t + 2).text() : null;
                // the 完成比例 stands right before the weight; a qualitative row may print none
                String completion = hasRatio && t + 3 == w - 1 ? ratioCell(cells.get(t + 3)) : null;
                return new Row(texts(cells, 0, t), cells.get(t + 1).text(), actual, weight, score,
                        cells.get(t + 1).x(), note, completion);
            }
        }
        int a = w - 1;
        String completion = null;
        if (hasRatio && a >= 1 && PerformanceText.number(cells.get(a).text()).isPresent()) {
            completion = ratioCell(cells.get(a));
            a--; // 完成比例
        }
        if (a < 0 && tokenised) {
            return new Row(List.of(), null, null, weight, score, cells.get(w).x(), note, null);
        }
        if (a < 1) {
            return null;
        }
        int targetStart = targetStart(cells, a);
        String target = String.join(" ", texts(cells, targetStart, a));
        return new Row(texts(cells, 0, targetStart), target, cells.get(a).text(), weight, score,
                cells.get(targetStart).x(), note, completion);
    }

    /** The cell as a 完成比例: a figure ("68.03%", "100"), not a text that happens to hold a digit. */
    private static String ratioCell(Cell cell) {
        String text = cell.text().strip();
        return text.matches("\\d+(\\.\\d+)?\\s*[%％]?") ? text : null;
    }

    /**
     * Where the target starts before the actual value at {@code a}: the cell just before it, or, where a plain-text
     * extraction split "=530 万元" into tokens, the comparison token a unit token or two further left.
     */
    private static int targetStart(List<Cell> cells, int a) {
        for (int k = a - 1; k >= Math.max(0, a - 3); k--) {
            String t = cells.get(k).text();
            if (PerformanceText.startsWithComparator(t)) {
                return k;
            }
            if (t.length() > MAX_UNIT_TOKEN || t.matches(".*\\d.*")) {
                break;
            }
        }
        return a - 1;
    }

    private static Row targetRow(List<Cell> cells, boolean tokenised) {
        for (int t = 0; t < cells.size(); t++) {
            if (PerformanceText.startsWithComparator(cells.get(t).text())) {
                return new Row(texts(cells, 0, t), String.join(" ", texts(cells, t, cells.size())), null, null, null,
                        cells.get(t).x(), false, null);
            }
        }
        // a qualitative target ("有所提高") is told only by its cell; plain-text tokens do not show where it starts
        if (cells.size() >= 2 && !tokenised) {
            Cell last = cells.get(cells.size() - 1);
            return new Row(texts(cells, 0, cells.size() - 1), last.text(), null, null, null, last.x(), false, null);
        }
        return null;
    }

    /** Extends the previous indicator's name by the fragment that wrapped out of its cell. */
    private static void continueName(Draft last, List<Cell> cells) {
        Cell fragment = cells.get(0);
        String text = fragment.text();
        boolean sentence = text.matches(".*[，。；,;]$");
        boolean noteOnly = cells.size() == 1 && last.hasNote; // the wrapped end of a 偏差原因 note
        if (text.length() <= MAX_NAME_FRAGMENT && !sentence && !noteOnly && fragment.x() < last.targetX
                && PerformanceText.number(text).isEmpty()) {
            last.indicator = last.indicator + text;
        }
    }

    /**
     * Whether the lines come from a plain-text extraction that kept no cell boundaries: every whitespace run is a
     * cell, so no line has an empty cell, and cells carry no geometry (width 1, x = index).
     */
    private static boolean isTokenised(List<PageLine> lines) {
        for (PageLine pl : lines) {
            for (Cell c : pl.line().cells()) {
                if (c.isBlank() || c.width() != 1) {
                    return false;
                }
            }
        }
        return true;
    }

    private static int headerLine(List<PageLine> lines) {
        for (int i = 0; i < lines.size(); i++) {
            if (HEADER.matcher(PerformanceText.compact(lines.get(i).line().text())).matches()) {
                return i;
            }
        }
        return -1;
    }

    private static String headerText(List<PageLine> lines, int start) {
        StringBuilder b = new StringBuilder();
        for (int i = start; i < Math.min(lines.size(), start + 3); i++) {
            b.append(PerformanceText.compact(lines.get(i).line().text()));
        }
        return b.toString();
    }

    private static List<String> texts(List<Cell> cells, int from, int to) {
        List<String> out = new ArrayList<>();
        for (int i = from; i < to; i++) {
            out.add(cells.get(i).text());
        }
        return out;
    }
}
