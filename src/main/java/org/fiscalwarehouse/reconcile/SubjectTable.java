package org.fiscalwarehouse.reconcile;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.fiscalwarehouse.parse.FuncAmount;
import org.fiscalwarehouse.parse.FunctionSubjectTableParser;
import org.fiscalwarehouse.parse.ParsedFacts;
import org.fiscalwarehouse.parse.Source;
import org.fiscalwarehouse.parse.StatFigure;
import org.fiscalwarehouse.parse.SubjectColumnVocabulary;

/**
 * One 功能分类 subject table of a document as the reconcile stage sees it: its cells by subject code and column,
 * its 合计 row (the table's total figures), and the identities that hold in it: each row's total is the sum of its
 * parts (基本 + 项目 …, 财政拨款 + 其他收入 …), and in each column a subject is the sum of the subjects under it
 * (合计 = Σ 类, 类 = Σ 款, 款 = Σ 项; a row missing from the print passes its children up to the next row present).
 */
final class SubjectTable {

    static final Set<String> TABLES = Set.of("T02", "T03", "T05", "T08", "T09", "B02", "B03", "B05", "B07", "B08",
            "B09");
    static final String TOTAL = "total";

    /** A cell: the subject code (null for the 合计 row) and the column's measure. */
    record Cell(String code, String measure) {

        String label() {
            return (code == null ? "合计" : code) + " " + measure;
        }
    }

    /** total = Σ parts; {@code column} for a parent/children identity, else a row's. */
    record Identity(Cell total, List<Cell> parts, boolean column) {

        List<Cell> cells() {
            List<Cell> all = new ArrayList<>();
            all.add(total);
            all.addAll(parts);
            return all;
        }
    }

    private final String tableCode;
    private final Map<Cell, FuncAmount> amounts = new LinkedHashMap<>();
    private final Map<Cell, StatFigure> totals = new LinkedHashMap<>();
    private final Set<String> measures = new LinkedHashSet<>();
    private final Set<String> codes = new LinkedHashSet<>();

    private SubjectTable(String tableCode) {
        this.tableCode = tableCode;
    }

    /** The document's subject tables read from tables (printed, repaired or derived cells; not the narrative). */
    static List<SubjectTable> of(ParsedFacts facts, int year) {
        Map<String, SubjectTable> tables = new LinkedHashMap<>();
        for (FuncAmount f : facts.funcAmounts()) {
            if (!TABLES.contains(f.tableCode()) || f.source() == Source.NARRATIVE) {
                continue;
            }
            SubjectTable t = tables.computeIfAbsent(f.tableCode(), SubjectTable::new);
            t.amounts.putIfAbsent(new Cell(f.subjectCode(), f.measure()), f);
            t.measures.add(f.measure());
            t.codes.add(f.subjectCode());
        }
        for (SubjectTable t : tables.values()) {
            for (String measure : t.measures) {
                String metric = FunctionSubjectTableParser.totalMetric(t.tableCode, measure);
                facts.stats().stream()
                        .filter(s -> s.metric().equals(metric) && s.fiscalYear() == year && s.item() == null
                                && (s.source() == Source.TABLE || s.source() == Source.REPAIRED))
                        .min(java.util.Comparator.comparingInt(s -> StatedFigures.rank(s.source())))
                        .ifPresent(s -> t.totals.put(new Cell(null, measure), s));
            }
        }
        return List.copyOf(tables.values());
    }

    String tableCode() {
        return tableCode;
    }

    Set<String> codes() {
        return codes;
    }

    Set<String> measures() {
        return measures;
    }

    /** The measures that add up to a row's total, in column order. */
    List<String> parts() {
        return measures.stream().filter(SubjectColumnVocabulary.PARTS_OF_TOTAL::contains).toList();
    }

    Optional<BigDecimal> value(Cell cell) {
        if (cell.code() == null) {
            return Optional.ofNullable(totals.get(cell)).map(StatFigure::value);
        }
        return Optional.ofNullable(amounts.get(cell)).map(FuncAmount::amountWan);
    }

    /** The fact behind a subject cell (empty for the 合计 row and for a cell not printed). */
    Optional<FuncAmount> amount(Cell cell) {
        return Optional.ofNullable(amounts.get(cell));
    }

    /** The figures of one subject row, by measure. */
    Map<String, FuncAmount> row(String code) {
        Map<String, FuncAmount> row = new LinkedHashMap<>();
        for (String m : measures) {
            FuncAmount f = amounts.get(new Cell(code, m));
            if (f != null) {
                row.put(m, f);
            }
        }
        return row;
    }

    /** Each row (the 合计 row too) whose total and every part are known: total = Σ parts. */
    List<Identity> rowIdentities() {
        List<Identity> out = new ArrayList<>();
        List<String> parts = parts();
        if (!measures.contains(TOTAL) || parts.isEmpty()) {
            return out;
        }
        List<String> rows = new ArrayList<>();
        rows.add(null);
        rows.addAll(codes);
        for (String code : rows) {
            List<Cell> cells = parts.stream().map(m -> new Cell(code, m)).toList();
            Cell total = new Cell(code, TOTAL);
            if (value(total).isPresent() && cells.stream().allMatch(c -> value(c).isPresent())) {
                out.add(new Identity(total, cells, false));
            }
        }
        return out;
    }

    /** In each column, every row with rows under it: row = Σ the rows directly under it, where all are known. */
    List<Identity> columnIdentities() {
        Map<String, List<String>> children = new LinkedHashMap<>();
        children.put(null, new ArrayList<>());
        List<String> valid = codes.stream().filter(SubjectCodes::isValid).toList();
        for (String code : valid) {
            String parent = SubjectCodes.nearestPresentAncestor(code, valid).orElse(null);
            children.computeIfAbsent(parent, k -> new ArrayList<>()).add(code);
        }
        List<Identity> out = new ArrayList<>();
        for (Map.Entry<String, List<String>> e : children.entrySet()) {
            if (e.getValue().isEmpty()) {
                continue;
            }
            for (String measure : measures) {
                Cell total = new Cell(e.getKey(), measure);
                List<Cell> parts = e.getValue().stream().map(c -> new Cell(c, measure)).toList();
                if (value(total).isPresent() && parts.stream().allMatch(c -> value(c).isPresent())) {
                    out.add(new Identity(total, parts, true));
                }
            }
        }
        return out;
    }

    /** Total minus the sum of the parts, reading some cells as other values. */
    BigDecimal residual(Identity identity, Map<Cell, BigDecimal> reading) {
        BigDecimal total = read(identity.total(), reading);
        BigDecimal sum = BigDecimal.ZERO;
        for (Cell p : identity.parts()) {
            sum = sum.add(read(p, reading));
        }
        return total.subtract(sum);
    }

    BigDecimal read(Cell cell, Map<Cell, BigDecimal> reading) {
        return reading.containsKey(cell) ? reading.get(cell) : value(cell).orElseThrow();
    }

    boolean holds(Identity identity, Map<Cell, BigDecimal> reading, Tolerance tolerance) {
        return residual(identity, reading).abs().compareTo(tolerance.forTerms(identity.parts().size())) <= 0;
    }

    /** How a cell's code prints in a message. */
    static String name(Cell cell) {
        return Objects.requireNonNullElse(cell.code(), "合计");
    }
}
