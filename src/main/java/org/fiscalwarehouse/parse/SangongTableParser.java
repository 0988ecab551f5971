package org.fiscalwarehouse.parse;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.fiscalwarehouse.extract.Cell;
import org.fiscalwarehouse.extract.Line;

/**
 * Reads the “三公”经费 table (T07, the budget's B10) in any of the national layouts:
 * <ul>
 * <li>vertical: 项目 | 行次 | 决算数 (and/or 预算数), one row per category;</li>
 * <li>horizontal, read by its header labels ({@link SangongColumns}): one data row under columns named 合计,
 * 因公出国（境）费, 公务用车购置及运行费 (小计, 购置费, 运行费), 公务接待费, each split by 预算数/决算数 or 上年/本年, in
 * whatever order and number the document prints them, and a 机关运行经费 column where a budget adds one;</li>
 * <li>horizontal, by 栏次 numbers when the extracted header does not read as a whole (merged header cells
 * misplaced): a 栏次 row 1…6 (one phase) or 1…12 (budget then final, or as the header's 预算数/决算数 order says),
 * each block of six in the national order 合计, 因公出国（境）费, 公务用车购置及运行维护费 小计, 购置费, 运行维护费,
 * 公务接待费, placed by x.</li>
 * </ul>
 * A blank 三公 column is 0.00. 机关运行经费 becomes the StatFigure {@code admin_operating_cost} (a column of the
 * other phase than the document's, e.g. a final's 预算数, {@code admin_operating_cost.budget}).
 */
public class SangongTableParser implements TableParser {

    private static final List<String> BLOCK = List.of("total", "outbound", "vehicle_total", "vehicle_purchase",
            "vehicle_operation", "reception");
    private static final List<String> BLOCK_ZH = List.of("合计", "因公出国（境）费", "公务用车购置及运行维护费",
            "公务用车购置费", "公务用车运行维护费", "公务接待费");
    private static final Pattern INTEGER = Pattern.compile("\\d{1,2}");
    private static final BigDecimal BLANK = new BigDecimal("0.00");

    @Override
    public Set<String> tableCodes() {
        return Set.of("T07", "B10");
    }

    @Override
    public ParsedFacts parse(TableRegion table, DocumentIdentity identity) {
        String defaultPhase = table.tableCode().startsWith("B") || identity.kind() == DocKind.BUDGET
                ? SangongFigure.BUDGET : SangongFigure.FINAL;
        ParsedFacts facts = ParsedFacts.empty();
        List<PhaseHeader> phases = phaseHeaders(table.lines());
        if (isVertical(table.lines())) {
            readVertical(table, identity, phases, defaultPhase, facts);
        } else {
            readHorizontal(table, identity, phases, defaultPhase, facts);
        }
        if (facts.sangong().isEmpty() && facts.stats().isEmpty() && facts.issues().isEmpty()) {
            facts.issues().add(new ParseIssue(table.firstPage(), table.printedTitle(), "no 三公 figures found"));
        }
        return facts;
    }

    /** A 预算数/决算数 header cell and the phase it names. */
    private record PhaseHeader(String phase, String text, Cell cell) {
    }

    private static List<PhaseHeader> phaseHeaders(List<TableRegion.PageLine> lines) {
        List<PhaseHeader> found = new ArrayList<>();
        for (TableRegion.PageLine pl : lines) {
            for (Cell c : pl.line().cells()) {
                String t = c.text().replaceAll("\\s", "");
                if (t.length() > 6 || AmountText.isMoney(t)) {
                    continue;
                }
                if (t.contains("决算")) {
                    found.add(new PhaseHeader(SangongFigure.FINAL, t, c));
                } else if (t.contains("预算")) {
                    found.add(new PhaseHeader(SangongFigure.BUDGET, t, c));
                }
            }
            if (pl.line().cells().stream().anyMatch(c -> AmountText.isMoney(c.text()))) {
                break;
            }
        }
        found.sort(Comparator.comparingDouble(h -> h.cell().x()));
        return found;
    }

    static Optional<String> category(String label) {
        String s = label.replaceAll("[\\s\u3000]", "");
        if (s.contains("购置及运行") || s.contains("购置及运维")) {
            return Optional.of("vehicle_total");
        }
        if (s.contains("公务用车购置") || s.endsWith("购置费")) {
            return Optional.of("vehicle_purchase");
        }
        if (s.contains("公务用车运行") || s.contains("运行维护费") || s.endsWith("运行费")) {
            return Optional.of("vehicle_operation");
        }
        if (s.contains("出国")) {
            return Optional.of("outbound");
        }
        if (s.contains("接待")) {
            return Optional.of("reception");
        }
        if (s.endsWith("合计") || s.endsWith("总计")) {
            return Optional.of("total");
        }
        return Optional.empty();
    }

    /** Vertical when a category label and an amount share a row. */
    private static boolean isVertical(List<TableRegion.PageLine> lines) {
        return lines.stream().anyMatch(pl -> category(label(pl.line())).isPresent()
                && pl.line().cells().stream().anyMatch(c -> AmountText.isMoney(c.text())));
    }

    /** The row's label: its text cells without row numbers and amounts. */
    private static String label(Line line) {
        StringBuilder b = new StringBuilder();
        for (Cell c : line.cells()) {
            String t = c.text().strip();
            if (t.isEmpty() || INTEGER.matcher(t).matches() || AmountText.isMoney(t) || AmountText.isEmptyMark(t)) {
                continue;
            }
            b.append(t);
        }
        return b.toString();
    }

    private void readVertical(TableRegion table, DocumentIdentity identity, List<PhaseHeader> phases,
                              String defaultPhase, ParsedFacts facts) {
        for (TableRegion.PageLine pl : table.lines()) {
            String label = label(pl.line());
            Optional<String> category = label.contains("机关运行")
                    ? Optional.of(SangongColumns.ADMIN_OPERATING_COST) : category(label);
            List<Cell> values = pl.line().cells().stream()
                    .filter(c -> AmountText.isMoney(c.text()) || isDash(c.text())).toList();
            if (category.isEmpty() || values.isEmpty()) {
                continue;
            }
            for (int v = 0; v < values.size(); v++) {
                Cell value = values.get(v);
                PhaseHeader header = phaseFor(value, v, values.size(), phases);
                String phase = header == null ? defaultPhase : header.phase();
                String column = header == null ? (phase.equals(SangongFigure.FINAL) ? "决算数" : "预算数") : header.text();
                Provenance where = new Provenance(pl.page(), table.printedTitle(), label, column);
                if (category.get().equals(SangongColumns.ADMIN_OPERATING_COST)) {
                    facts.stats().add(adminOperatingCost(identity.fiscalYear(), phase, defaultPhase, amount(value),
                            where));
                } else {
                    facts.sangong().add(new SangongFigure(identity.fiscalYear(), category.get(), phase,
                            amount(value), null, Source.TABLE, where));
                }
            }
        }
    }

    /** The phase column of a vertical row's value: by order when every column is printed, else the nearest header. */
    private static PhaseHeader phaseFor(Cell value, int index, int count, List<PhaseHeader> phases) {
        if (phases.isEmpty()) {
            return null;
        }
        if (phases.size() == count) {
            return phases.get(index);
        }
        if (phases.size() == 1) {
            return phases.get(0);
        }
        return phases.stream().min(Comparator.comparingDouble(h -> Math.abs(h.cell().centre() - value.centre())))
                .orElseThrow();
    }

    private void readHorizontal(TableRegion table, DocumentIdentity identity, List<PhaseHeader> phases,
                                String defaultPhase, ParsedFacts facts) {
        List<TableRegion.PageLine> lines = table.lines();
        if (readByHeaderLabels(table, identity, defaultPhase, facts)) {
            return;
        }
        int numbersAt = -1;
        List<Cell> columns = List.of();
        for (int i = 0; i < lines.size(); i++) {
            List<Cell> numbered = columnNumbers(lines.get(i).line());
            if (!numbered.isEmpty()) {
                numbersAt = i;
                columns = numbered;
                break;
            }
        }
        int n = columns.size();
        TableRegion.PageLine data = null;
        for (int i = numbersAt + 1; i < lines.size(); i++) {
            if (lines.get(i).line().cells().stream().anyMatch(c -> AmountText.isMoney(c.text()))) {
                data = lines.get(i);
                break;
            }
        }
        if (data == null) {
            facts.issues().add(new ParseIssue(table.firstPage(), table.printedTitle(), "no data row under the header"));
            return;
        }
        List<Cell> values = data.line().cells().stream()
                .filter(c -> AmountText.isMoney(c.text()) || isDash(c.text())).toList();
        if (n == 0) {
            // no 栏次 row: only a complete row of 6 or 12 values can be read by position
            n = values.size();
        }
        if (n != 6 && n != 12) {
            facts.issues().add(new ParseIssue(data.page(), table.printedTitle(),
                    "三公 layout with " + n + " columns is not a known form"));
            return;
        }
        BigDecimal[] byColumn = new BigDecimal[n];
        if (values.size() == n) {
            for (int k = 0; k < n; k++) {
                byColumn[k] = amount(values.get(k));
            }
        } else if (columns.isEmpty() || !keepsColumnPositions(data.line(), n)) {
            facts.issues().add(new ParseIssue(data.page(), table.printedTitle(),
                    values.size() + " values for " + n + " columns and no positions to place them by"));
            return;
        } else {
            for (Cell value : values) {
                int k = nearestColumn(value, columns);
                if (byColumn[k] != null) {
                    facts.issues().add(new ParseIssue(data.page(), table.printedTitle(),
                            "two values fall under 栏次 " + (k + 1)));
                    return;
                }
                byColumn[k] = amount(value);
            }
        }
        List<String> phaseOrder = phases.stream().map(PhaseHeader::phase).distinct().toList();
        for (int k = 0; k < n; k++) {
            int block = k / BLOCK.size();
            String phase = phaseOrder.size() == n / BLOCK.size() ? phaseOrder.get(block)
                    : n == 12 ? (block == 0 ? SangongFigure.BUDGET : SangongFigure.FINAL)
                    : phaseOrder.size() == 1 ? phaseOrder.get(0) : defaultPhase;
            int position = k % BLOCK.size();
            BigDecimal amount = byColumn[k] == null ? BLANK : byColumn[k];
            String column = (phase.equals(SangongFigure.FINAL) ? "决算数 " : "预算数 ") + BLOCK_ZH.get(position);
            facts.sangong().add(new SangongFigure(identity.fiscalYear(), BLOCK.get(position), phase, amount, null,
                    Source.TABLE, new Provenance(data.page(), table.printedTitle(), "栏次 " + (k + 1), column)));
        }
    }

    /**
     * Places the first data row's values under the columns the header names; false (nothing added) when the header
     * does not read as a whole or a value stands under no column or under one that already has a value.
     */
    private static boolean readByHeaderLabels(TableRegion table, DocumentIdentity identity, String defaultPhase,
                                              ParsedFacts facts) {
        List<TableRegion.PageLine> lines = table.lines();
        int dataAt = -1;
        for (int i = 0; i < lines.size() && dataAt < 0; i++) {
            if (lines.get(i).line().cells().stream().anyMatch(c -> AmountText.isMoney(c.text()))) {
                dataAt = i;
            }
        }
        if (dataAt < 0) {
            return false;
        }
        Optional<List<SangongColumns.Column>> header =
                SangongColumns.read(lines.subList(0, dataAt), identity.fiscalYear(), defaultPhase);
        TableRegion.PageLine data = lines.get(dataAt);
        if (header.isEmpty() || !keepsColumnPositions(data.line(), header.get().size())) {
            return false;
        }
        List<SangongColumns.Column> columns = header.get();
        Cell[] placed = new Cell[columns.size()];
        for (Cell value : data.line().cells()) {
            if (!AmountText.isMoney(value.text()) && !isDash(value.text())) {
                continue;
            }
            int k = 0;
            while (k < columns.size() && !columns.get(k).holds(value)) {
                k++;
            }
            if (k == columns.size() || placed[k] != null) {
                return false;
            }
            placed[k] = value;
        }
        for (int k = 0; k < columns.size(); k++) {
            SangongColumns.Column column = columns.get(k);
            String phaseLabel = column.phaseLabel() != null ? column.phaseLabel()
                    : column.phase().equals(SangongFigure.FINAL) ? "决算数" : "预算数";
            Provenance where = new Provenance(data.page(), table.printedTitle(), column.label(), phaseLabel);
            if (column.category().equals(SangongColumns.ADMIN_OPERATING_COST)) {
                if (placed[k] != null) { // a blank 机关运行经费 is not stated
                    facts.stats().add(adminOperatingCost(column.fiscalYear(), column.phase(), defaultPhase,
                            amount(placed[k]), where));
                }
                continue;
            }
            BigDecimal amount = placed[k] == null ? BLANK : amount(placed[k]);
            facts.sangong().add(new SangongFigure(column.fiscalYear(), column.category(), column.phase(), amount,
                    null, Source.TABLE, where));
        }
        return true;
    }

    /** 机关运行经费 of the document's own phase is {@code admin_operating_cost}; the other phase's is kept apart. */
    private static StatFigure adminOperatingCost(int fiscalYear, String phase, String documentPhase, BigDecimal amount,
                                                 Provenance where) {
        String metric = phase.equals(documentPhase) ? "admin_operating_cost" : "admin_operating_cost." + phase;
        return new StatFigure(fiscalYear, metric, null, amount, StatFigure.WAN_YUAN, Source.TABLE, where);
    }

    /** The 栏次 row's cells 1…N in order (N ≥ 6, optionally after a 栏次 label), or empty if the line is not one. */
    private static List<Cell> columnNumbers(Line line) {
        List<Cell> numbers = new ArrayList<>();
        for (Cell c : line.cells()) {
            String t = c.text().strip();
            if (t.isEmpty() || t.equals("栏次")) {
                continue;
            }
            if (!INTEGER.matcher(t).matches() || Integer.parseInt(t) != numbers.size() + 1) {
                return List.of();
            }
            numbers.add(c);
        }
        return numbers.size() >= 6 ? numbers : List.of();
    }

    /**
     * Whether the data row's cells still sit where their columns are: a PDF row has real geometry, and tab or
     * markdown rows keep their blank cells; a plain-text row of bare tokens has lost its blanks' positions.
     */
    private static boolean keepsColumnPositions(Line data, int columns) {
        boolean tokenGeometry = data.cells().stream().allMatch(c -> c.width() == 1 && c.x() == Math.rint(c.x()));
        return !tokenGeometry || data.cells().size() >= columns;
    }

    private static int nearestColumn(Cell value, List<Cell> columns) {
        int best = 0;
        for (int k = 1; k < columns.size(); k++) {
            if (Math.abs(columns.get(k).centre() - value.centre())
                    < Math.abs(columns.get(best).centre() - value.centre())) {
                best = k;
            }
        }
        return best;
    }

    private static boolean isDash(String text) {
        return !text.isBlank() && AmountText.isEmptyMark(text);
    }

    private static BigDecimal amount(Cell cell) {
        return AmountText.parse(cell.text()).orElse(BLANK);
    }
}
