package org.fiscalwarehouse.parse;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fiscalwarehouse.extract.Cell;
import org.fiscalwarehouse.parse.TableRegion.PageLine;

/**
 * The funding block of a self-evaluation table: the header (年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分,
 * or the whole-unit forms' 年初预算数 | 已调整数 | 调整后预算数 | 全年执行数 … and 年初部门预算安排金额① | 年中调整金额② |
 * 小计③ | 年度拨付金额④ | 支出实现率⑤ …) and its first figure row (年度资金总额 / 合计).
 *
 * <p>The header cells wrap so badly in some extractions ("全年执行\n\n数") and the figure row sits one cell off its
 * header in others, so the columns are taken from the order in which the header words appear in the header's joined
 * text, and the row's numbers are matched to them in that order. Only when the counts disagree are the numbers placed
 * under the header cell nearest in x (the PDF case, where a cell may be left empty).
 */
final class PerformanceFundingBlock {

    /** What a funding column holds. */
    enum Column {
        INITIAL, ADJUSTED, FULL_YEAR, EXECUTED, WEIGHT, RATE, SCORE, BALANCE, BALANCE_RATE
    }

    /** Header words, longest first where one contains another; the group index is the column. */
    private static final Pattern HEADER_WORD = Pattern.compile(
            "(年初预算数|年初预算款|年初部门预算安排金额|年初预算)"
                    + "|(已调整数|已调整款|年中调整金额|调整数)"
                    + "|(全年预算数|调整后预算数|调整后预算款|小计)"
                    + "|(全年执行数|年度拨付金额|执行数)"
                    + "|(设置分值|分值)"
                    + "|(执行率|支出实现率)"
                    + "|(得分)"
                    + "|(本年度结余金额|结余金额)"
                    + "|(资金结余率|结余率)");
    private static final int MAX_HEADER_CELL = 40;
    private static final int MIN_FIGURES = 3;

    /**
     * The figures of the block's first row, as printed.
     *
     * @param rowLabel the row's label (年度资金总额, 合计), empty when the row lost it
     * @param headers  the header word read for each column that has a figure
     */
    record Figures(int page, String rowLabel, Map<Column, BigDecimal> values, Map<Column, String> headers) {

        BigDecimal get(Column c) {
            return values.get(c);
        }
    }

    private record HeaderColumn(Column column, String word, Cell cell) {
    }

    private PerformanceFundingBlock() {
    }

    /** The block's first figure row, or empty when the table has no funding block. */
    static Optional<Figures> read(List<PageLine> lines) {
        int start = headerStart(lines);
        if (start < 0) {
            return Optional.empty();
        }
        int row = -1;
        for (int i = start; i < lines.size(); i++) {
            if (figures(lines.get(i)).size() >= MIN_FIGURES) {
                row = i;
                break;
            }
        }
        if (row < 0) {
            return Optional.empty();
        }
        List<HeaderColumn> header = header(lines.subList(start, row));
        PageLine figureRow = lines.get(row);
        List<Cell> figures = figures(figureRow);
        Map<Column, BigDecimal> values = new EnumMap<>(Column.class);
        Map<Column, String> words = new EnumMap<>(Column.class);
        boolean byOrder = figures.size() >= header.size() || header.stream().anyMatch(h -> h.cell() == null);
        if (byOrder) {
            for (int k = 0; k < Math.min(figures.size(), header.size()); k++) {
                put(values, words, header.get(k), figures.get(k));
            }
        } else {
            for (Cell f : figures) {
                nearest(header, f).ifPresent(h -> put(values, words, h, f));
            }
        }
        return Optional.of(new Figures(figureRow.page(), label(figureRow), values, words));
    }

    /**
     * The block's breakdown rows under its first row (其中：当年财政拨款, 其他资金; 人员支出, 公用支出 …): each a label and
     * at least two figures, up to the first line that is not such a row. A dash holds its column's place; a row that
     * prints its rate (a % figure) left of the rate column ("基建项目 | 0.00 | 0.00 | 0.00%", its empty cells dropped)
     * is read with that rate under the rate column and the figures before it to its left.
     */
    static List<Figures> breakdown(List<PageLine> lines) {
        int start = headerStart(lines);
        if (start < 0) {
            return List.of();
        }
        int first = -1;
        for (int i = start; i < lines.size(); i++) {
            if (figures(lines.get(i)).size() >= MIN_FIGURES) {
                first = i;
                break;
            }
        }
        if (first < 0) {
            return List.of();
        }
        List<HeaderColumn> header = header(lines.subList(start, first));
        List<Figures> rows = new ArrayList<>();
        for (int i = first + 1; i < lines.size(); i++) {
            PageLine pl = lines.get(i);
            if (pl.line().isBlank()) {
                continue;
            }
            List<Cell> tokens = figuresAndMarks(pl);
            String label = label(pl);
            if (label.isEmpty() || tokens.stream().filter(c -> PerformanceText.number(c.text()).isPresent()).count() < 2) {
                break;
            }
            rows.add(breakdownRow(pl.page(), label, tokens, header));
        }
        return rows;
    }

    private static Figures breakdownRow(int page, String label, List<Cell> tokens, List<HeaderColumn> header) {
        Map<Column, BigDecimal> values = new EnumMap<>(Column.class);
        Map<Column, String> words = new EnumMap<>(Column.class);
        // a rate printed left of the rate column means the row lost cells on its left: shift it back
        int offset = 0;
        int rate = indexOf(header, Column.RATE);
        for (int k = 0; k < tokens.size(); k++) {
            if (PerformanceText.number(tokens.get(k).text()).isPresent() && tokens.get(k).text().matches(".*[%％]\\s*$")) {
                offset = Math.max(0, rate - k);
                break;
            }
        }
        for (int k = 0; k < tokens.size() && k + offset < header.size(); k++) {
            put(values, words, header.get(k + offset), tokens.get(k));
        }
        return new Figures(page, label, values, words);
    }

    private static int indexOf(List<HeaderColumn> header, Column column) {
        for (int i = 0; i < header.size(); i++) {
            if (header.get(i).column() == column) {
                return i;
            }
        }
        return -1;
    }

    /** The row's figure cells and the dash cells that hold an empty column's place, in order. */
    private static List<Cell> figuresAndMarks(PageLine pl) {
        return PerformanceText.filled(pl.line()).stream()
                .filter(c -> PerformanceText.number(c.text()).isPresent() || AmountText.isEmptyMark(c.text()))
                .toList();
    }

    /** A rate as printed, with at least two decimals and no trailing zeros beyond them ("87.4000" → 87.40). */
    static BigDecimal printedRate(BigDecimal rate) {
        if (rate == null) {
            return null;
        }
        BigDecimal s = rate.stripTrailingZeros();
        return s.setScale(Math.max(2, s.scale()), RoundingMode.UNNECESSARY);
    }

    private static void put(Map<Column, BigDecimal> values, Map<Column, String> words, HeaderColumn h, Cell f) {
        if (!values.containsKey(h.column())) {
            PerformanceText.number(f.text()).ifPresent(v -> {
                values.put(h.column(), v);
                words.put(h.column(), h.word());
            });
        }
    }

    /** The first line naming the 年初 column in a short header cell (not a prose cell mentioning 年初预算). */
    private static int headerStart(List<PageLine> lines) {
        for (int i = 0; i < lines.size(); i++) {
            List<Cell> cells = PerformanceText.filled(lines.get(i).line());
            boolean shortCells = cells.stream().allMatch(c -> c.text().length() <= MAX_HEADER_CELL);
            String text = PerformanceText.compact(lines.get(i).line().text());
            if (shortCells && wordsIn(text).stream().anyMatch(w -> w[0].equals("0"))) {
                return i;
            }
        }
        return -1;
    }

    private static List<HeaderColumn> header(List<PageLine> headerLines) {
        // first try cell by cell, so that each column keeps its cell for x alignment
        List<HeaderColumn> byCell = new ArrayList<>();
        for (PageLine pl : headerLines) {
            for (Cell c : PerformanceText.filled(pl.line())) {
                List<String[]> found = wordsIn(PerformanceText.compact(c.text()));
                if (found.size() == 1) {
                    byCell.add(new HeaderColumn(Column.values()[Integer.parseInt(found.get(0)[0])], found.get(0)[1], c));
                }
            }
        }
        StringBuilder joined = new StringBuilder();
        headerLines.forEach(pl -> joined.append(PerformanceText.compact(pl.line().text())));
        List<String[]> words = wordsIn(joined.toString());
        if (byCell.size() == words.size()) {
            return byCell;
        }
        List<HeaderColumn> byText = new ArrayList<>();
        for (String[] w : words) {
            byText.add(new HeaderColumn(Column.values()[Integer.parseInt(w[0])], w[1], null));
        }
        return byText;
    }

    /** The header words in the text, in order, each as {column ordinal, word}. */
    private static List<String[]> wordsIn(String text) {
        List<String[]> out = new ArrayList<>();
        Matcher m = HEADER_WORD.matcher(text);
        while (m.find()) {
            for (int g = 1; g <= m.groupCount(); g++) {
                if (m.group(g) != null) {
                    out.add(new String[] {Integer.toString(g - 1), m.group(g)});
                    break;
                }
            }
        }
        return out;
    }

    private static Optional<HeaderColumn> nearest(List<HeaderColumn> header, Cell figure) {
        HeaderColumn best = null;
        double bestDistance = Double.MAX_VALUE;
        for (HeaderColumn h : header) {
            double d = Math.abs(h.cell().centre() - figure.centre());
            if (d < bestDistance) {
                bestDistance = d;
                best = h;
            }
        }
        return Optional.ofNullable(best);
    }

    private static List<Cell> figures(PageLine pl) {
        return PerformanceText.filled(pl.line()).stream()
                .filter(c -> PerformanceText.number(c.text()).isPresent())
                .toList();
    }

    private static String label(PageLine pl) {
        StringBuilder b = new StringBuilder();
        for (Cell c : PerformanceText.filled(pl.line())) {
            if (PerformanceText.number(c.text()).isPresent()) {
                break;
            }
            b.append(c.text());
        }
        return b.toString();
    }
}
