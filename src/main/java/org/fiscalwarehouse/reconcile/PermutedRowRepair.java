package org.fiscalwarehouse.reconcile;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.fiscalwarehouse.parse.FuncAmount;
import org.fiscalwarehouse.parse.ParsedFacts;
import org.fiscalwarehouse.parse.Provenance;
import org.fiscalwarehouse.parse.Source;

/**
 * {@code SUBJECT.ROW_PERMUTED}: a subject row whose figures do not add up but would in another order (Xiamen 2023
 * T05 2101199 prints 4.14 / 12,274.14 / 12,270.00 under 小计 / 基本 / 项目; it reads 12,274.14 / 4.14 / 12,270.00).
 * An order is accepted when the row then adds up and every column identity of a moved figure (its 款, its 项)
 * holds; among those, the one moving fewest figures, and only if it is the only one.
 */
class PermutedRowRepair implements ReconciliationCheck {

    static final String CODE = "SUBJECT.ROW_PERMUTED";

    @Override
    public void check(Reconciliation r) {
        for (SubjectTable table : SubjectTable.of(r.facts(), r.year())) {
            List<SubjectTable.Identity> columns = table.columnIdentities();
            for (SubjectTable.Identity row : table.rowIdentities()) {
                if (row.total().code() != null && !table.holds(row, Map.of(), r.tolerance())) {
                    reorder(r, table, row, columns);
                }
            }
        }
    }

    private static void reorder(Reconciliation r, SubjectTable table, SubjectTable.Identity row,
                                List<SubjectTable.Identity> columnIdentities) {
        List<SubjectTable.Cell> cells = row.cells();
        List<BigDecimal> printed = cells.stream().map(c -> table.value(c).orElseThrow()).toList();
        List<List<BigDecimal>> fitting = new ArrayList<>();
        int fewest = Integer.MAX_VALUE;
        for (List<BigDecimal> order : orders(printed)) {
            Map<SubjectTable.Cell, BigDecimal> reading = new HashMap<>();
            int moved = 0;
            for (int i = 0; i < cells.size(); i++) {
                if (order.get(i).compareTo(printed.get(i)) != 0) {
                    reading.put(cells.get(i), order.get(i));
                    moved++;
                }
            }
            if (moved == 0 || !table.holds(row, reading, r.tolerance())
                    || !columnsHold(table, columnIdentities, reading, r.tolerance())) {
                continue;
            }
            if (moved < fewest) {
                fewest = moved;
                fitting.clear();
            }
            if (moved == fewest) {
                fitting.add(order);
            }
        }
        if (fitting.size() != 1) {
            return;
        }
        List<BigDecimal> reading = fitting.get(0);
        ParsedFacts was = ParsedFacts.empty();
        ParsedFacts now = ParsedFacts.empty();
        for (int i = 0; i < cells.size(); i++) {
            if (reading.get(i).compareTo(printed.get(i)) == 0) {
                continue;
            }
            FuncAmount f = table.amount(cells.get(i)).orElseThrow();
            int from = printed.indexOf(reading.get(i));
            FuncAmount source = table.amount(cells.get(from)).orElseThrow();
            Provenance p = f.provenance();
            was.funcAmounts().add(f);
            now.funcAmounts().add(new FuncAmount(f.tableCode(), f.subjectCode(), f.subjectNameZh(), f.measure(),
                    reading.get(i), Source.REPAIRED, p == null ? null : new Provenance(p.page(), p.table(),
                    p.rowLabel(), p.column() + " (printed under " + header(source) + ")")));
        }
        String subject = table.tableCode() + " " + row.total().code();
        String columns = cells.stream().map(SubjectTable.Cell::measure).collect(Collectors.joining(" / "));
        r.repair(new CheckResult(CODE, CheckResult.INFO, CheckStatus.REPAIRED, subject, reading.get(0), printed.get(0),
                "printed " + plain(printed) + " under " + columns + ", read " + plain(reading)
                        + ": the only order in which the row adds up and its columns agree with the rows above and"
                        + " below"), was, now);
    }

    private static String header(FuncAmount f) {
        return f.provenance() == null ? f.measure() : f.provenance().column();
    }

    private static String plain(List<BigDecimal> values) {
        return values.stream().map(BigDecimal::toPlainString).collect(Collectors.joining(" / "));
    }

    /** Whether every column identity of a moved figure holds with the row read so. */
    private static boolean columnsHold(SubjectTable table, List<SubjectTable.Identity> columns,
                                       Map<SubjectTable.Cell, BigDecimal> reading, Tolerance tolerance) {
        for (SubjectTable.Identity column : columns) {
            if (column.cells().stream().anyMatch(reading::containsKey) && !table.holds(column, reading, tolerance)) {
                return false;
            }
        }
        return true;
    }

    /** Every distinct order of the values (equal values are not told apart), as the printed figures. */
    private static List<List<BigDecimal>> orders(List<BigDecimal> values) {
        Map<List<BigDecimal>, List<BigDecimal>> out = new java.util.LinkedHashMap<>();
        permute(new ArrayList<>(values), 0, out);
        return List.copyOf(out.values());
    }

    private static void permute(List<BigDecimal> values, int at, Map<List<BigDecimal>, List<BigDecimal>> out) {
        if (at == values.size()) {
            out.putIfAbsent(values.stream().map(BigDecimal::stripTrailingZeros).toList(), List.copyOf(values));
            return;
        }
        Set<BigDecimal> tried = new java.util.HashSet<>();
        for (int i = at; i < values.size(); i++) {
            if (!tried.add(values.get(i).stripTrailingZeros())) {
                continue;
            }
            java.util.Collections.swap(values, at, i);
            permute(values, at + 1, out);
            java.util.Collections.swap(values, at, i);
        }
    }
}
