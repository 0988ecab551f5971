package org.fiscalwarehouse.parse;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fiscalwarehouse.extract.Cell;

/**
 * The columns of a horizontal 三公 table as its header labels name them, whatever their order or number: the
 * national final form (合计, 因公出国（境）费, 公务用车购置及运行费 with 小计/购置费/运行费, 公务接待费, each split into
 * 预算数/决算数), a budget's “三公”经费和机关运行经费预算表 with 公务接待费 before the vehicle columns and a
 * 机关运行经费 column, 上年/本年 pairs. A column is a header cell with no header cell under it; what it holds is read
 * from it and the spanning cells above it (the nearest category, the nearest 预算数/决算数, a year).
 * <p>
 * The header is only trusted when it reads as a whole: every column named, no (category, phase, year) twice, and
 * each phase with 合计, 因公出国, 公务接待 and a vehicle column. Extraction that misplaces header cells (Xiamen's merged
 * cells) fails that test and the parser places values by the 栏次 numbers instead.
 */
final class SangongColumns {

    /** The category of the 机关运行经费 column that some budgets print beside the 三公 columns. */
    static final String ADMIN_OPERATING_COST = "admin_operating_cost";

    private static final Pattern PHASE = Pattern.compile("(预算|决算)数?$");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})年");
    private static final Pattern BRACKETED_UNIT = Pattern.compile("[（(][^)）]*元[)）]$");

    /**
     * One column of figures.
     *
     * @param category   a 三公 category or {@link #ADMIN_OPERATING_COST}
     * @param label      its category labels as printed, top-down ("公务用车购置及运行费 / 公务用车购置费")
     * @param phaseLabel the phase header as printed ("预算数", "“三公”经费预算数"), null when none is printed
     */
    record Column(String category, String phase, int fiscalYear, String label, String phaseLabel, Cell cell) {

        boolean holds(Cell value) {
            return value.centre() >= cell.x() && value.centre() <= cell.right();
        }
    }

    /** A header cell that means something here, with the index of its line. */
    private record HeaderCell(Cell cell, int line, String text) {
    }

    private SangongColumns() {
    }

    /** The header's columns left to right, or empty when the header does not read as a whole. */
    static Optional<List<Column>> read(List<TableRegion.PageLine> headerLines, int fiscalYear, String defaultPhase) {
        List<HeaderCell> cells = new ArrayList<>();
        for (int i = 0; i < headerLines.size(); i++) {
            for (Cell c : headerLines.get(i).line().cells()) {
                String t = squash(c.text());
                if (isHeaderWord(t)) {
                    cells.add(new HeaderCell(c, i, t));
                }
            }
        }
        List<Column> columns = new ArrayList<>();
        for (HeaderCell leaf : cells) {
            boolean covered = cells.stream().anyMatch(other -> other.line() > leaf.line()
                    && overlaps(other.cell(), leaf.cell()));
            if (covered) {
                continue;
            }
            Optional<Column> column = column(leaf, cells, fiscalYear, defaultPhase);
            if (column.isEmpty()) {
                return Optional.empty();
            }
            columns.add(column.get());
        }
        columns.sort((a, b) -> Double.compare(a.cell().x(), b.cell().x()));
        return isWhole(columns) ? Optional.of(List.copyOf(columns)) : Optional.empty();
    }

    /** What the leaf holds: read bottom-up through the cells above it that span its centre. */
    private static Optional<Column> column(HeaderCell leaf, List<HeaderCell> cells, int fiscalYear,
                                           String defaultPhase) {
        double centre = leaf.cell().centre();
        List<HeaderCell> chain = new ArrayList<>();
        chain.add(leaf);
        cells.stream().filter(c -> c.line() < leaf.line() && c.cell().x() <= centre && c.cell().right() >= centre)
                .sorted((a, b) -> Integer.compare(b.line(), a.line()))
                .forEach(chain::add);
        String category = null;
        String phase = null;
        String phaseLabel = null;
        Integer year = null;
        boolean subtotal = false;
        List<String> labels = new ArrayList<>();
        for (HeaderCell c : chain) {
            String t = c.text();
            if (phase == null) {
                Matcher m = PHASE.matcher(withoutUnit(t));
                if (m.find()) {
                    phase = m.group(1).equals("决算") ? SangongFigure.FINAL : SangongFigure.BUDGET;
                    phaseLabel = c.cell().text().strip();
                }
            }
            if (year == null) {
                year = yearOf(t, fiscalYear);
            }
            boolean admin = t.contains("机关运行");
            Optional<String> named = SangongTableParser.category(t);
            if (admin || t.equals("小计") || named.isPresent()) {
                labels.add(0, c.cell().text().strip());
            }
            if (category != null) {
                continue;
            }
            if (admin) {
                category = ADMIN_OPERATING_COST;
            } else if (t.equals("小计")) {
                subtotal = true;
            } else if (named.isPresent()) {
                // a 小计 is its group's total: under 公务用车购置及运行费, the vehicle total; under anything else, unknown
                if (subtotal && !named.get().equals("vehicle_total")) {
                    return Optional.empty();
                }
                category = named.get();
            }
        }
        if (category == null) {
            return Optional.empty();
        }
        return Optional.of(new Column(category, phase == null ? defaultPhase : phase,
                year == null ? fiscalYear : year, String.join(" / ", labels), phaseLabel, leaf.cell()));
    }

    /** Every column named once, and each phase's 三公 columns a whole table: 合计, 出国, 接待 and a vehicle column. */
    private static boolean isWhole(List<Column> columns) {
        if (columns.isEmpty()) {
            return false;
        }
        Set<String> seen = new HashSet<>();
        for (Column c : columns) {
            if (!seen.add(c.category() + "|" + c.phase() + "|" + c.fiscalYear())) {
                return false;
            }
        }
        Set<String> groups = new HashSet<>();
        columns.stream().filter(c -> !c.category().equals(ADMIN_OPERATING_COST))
                .forEach(c -> groups.add(c.phase() + "|" + c.fiscalYear()));
        for (String group : groups) {
            Set<String> categories = new HashSet<>();
            columns.stream().filter(c -> group.equals(c.phase() + "|" + c.fiscalYear()))
                    .forEach(c -> categories.add(c.category()));
            boolean vehicle = categories.contains("vehicle_total") || categories.contains("vehicle_purchase")
                    || categories.contains("vehicle_operation");
            if (!(categories.contains("total") && categories.contains("outbound")
                    && categories.contains("reception") && vehicle)) {
                return false;
            }
        }
        return !groups.isEmpty();
    }

    private static boolean isHeaderWord(String t) {
        if (t.isEmpty() || t.length() > 20 || AmountText.isMoney(t)) {
            return false;
        }
        return t.contains("三公") || t.contains("机关运行") || t.equals("小计")
                || SangongTableParser.category(t).isPresent() || PHASE.matcher(withoutUnit(t)).find();
    }

    private static Integer yearOf(String t, int fiscalYear) {
        if (t.contains("上年")) {
            return fiscalYear - 1;
        }
        if (t.contains("本年") || t.contains("当年")) {
            return fiscalYear;
        }
        Matcher m = YEAR.matcher(t);
        return m.find() ? Integer.valueOf(m.group(1)) : null;
    }

    /** Whether two cells share most of the narrower one's width: one stands under the other. */
    private static boolean overlaps(Cell a, Cell b) {
        double overlap = Math.min(a.right(), b.right()) - Math.max(a.x(), b.x());
        return overlap > 0.5 * Math.min(a.width(), b.width());
    }

    private static String withoutUnit(String t) {
        return BRACKETED_UNIT.matcher(t).replaceFirst("");
    }

    private static String squash(String text) {
        return text == null ? "" : text.replaceAll("[\\s\u3000]", "");
    }
}
