package org.fiscalwarehouse.reconcile;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.fiscalwarehouse.parse.FuncAmount;
import org.fiscalwarehouse.parse.Source;

/**
 * The functional classes agree across tables: {@code CROSS.T01_T03.CLASS} (table 01's expense rows = table 03's class
 * rows), {@code CROSS.T04_T05.CLASS} (table 04's 一般公共预算财政拨款 column = table 05's class rows) and
 * {@code CROSS.T04_T05.GPB} (that column's sum = table 05's 合计). A class row the print lost is read as the sum of
 * the rows under it; a class one table leaves out is 0 there.
 */
class ClassesAcrossTablesCheck implements ReconciliationCheck {

    @Override
    public void check(Reconciliation r) {
        compare(r, "CROSS.T01_T03.CLASS", "T01", "total", "T03");
        compare(r, "CROSS.T04_T05.CLASS", "T04", "gpb", "T05");
        Map<String, BigDecimal> t04 = summaryClasses(r, "T04", "gpb");
        Optional<BigDecimal> t05Total = IncomeExpenseBalanceCheck.tableValue(StatedFigures.of(r), "t05.gpb_total");
        if (!t04.isEmpty() && t05Total.isPresent()) {
            r.record(CheckOutcome.sum("CROSS.T04_T05.GPB", "一般公共预算财政拨款支出", t05Total.get(),
                    new ArrayList<>(t04.values()), new ArrayList<>(t04.keySet()), r.tolerance()));
        }
    }

    private static void compare(Reconciliation r, String code, String summary, String measure, String subjectTable) {
        Map<String, BigDecimal> left = summaryClasses(r, summary, measure);
        Optional<SubjectTable> right = SubjectTable.of(r.facts(), r.year()).stream()
                .filter(t -> t.tableCode().equals(subjectTable)).findFirst();
        if (left.isEmpty() || right.isEmpty()) {
            return;
        }
        Map<String, BigDecimal> classes = new TreeMap<>();
        Map<String, List<String>> readFrom = new TreeMap<>();
        for (String c : right.get().codes()) {
            if (!SubjectCodes.isValid(c)) {
                continue;
            }
            String cls = c.substring(0, 3);
            boolean top = SubjectCodes.nearestPresentAncestor(c, right.get().codes()).isEmpty();
            Optional<BigDecimal> v = right.get().value(new SubjectTable.Cell(c, "total"));
            if (top && v.isPresent()) {
                classes.merge(cls, v.get(), BigDecimal::add);
                readFrom.computeIfAbsent(cls, k -> new ArrayList<>()).add(c);
            }
        }
        java.util.Set<String> all = new java.util.TreeSet<>(left.keySet());
        all.addAll(classes.keySet());
        for (String cls : all) {
            BigDecimal a = left.getOrDefault(cls, BigDecimal.ZERO);
            BigDecimal b = classes.getOrDefault(cls, BigDecimal.ZERO);
            if (a.signum() == 0 && b.signum() == 0) {
                continue;
            }
            List<String> from = readFrom.getOrDefault(cls, List.of());
            String rightName = subjectTable + " " + (from.equals(List.of(cls)) ? cls : String.join(" + ", from));
            r.record(CheckOutcome.same(code, cls, summary + " " + cls, a, from.isEmpty() ? subjectTable + " (none)"
                    : rightName, b, Math.max(1, from.size()), r.tolerance(), CheckResult.ERROR));
        }
    }

    /** A summary table's class rows in one column (tables 01 and 04 list the classes by name; codes come from it). */
    private static Map<String, BigDecimal> summaryClasses(Reconciliation r, String table, String measure) {
        Map<String, BigDecimal> out = new TreeMap<>();
        for (FuncAmount f : r.facts().funcAmounts()) {
            if (f.tableCode().equals(table) && f.measure().equals(measure)
                    && (f.source() == Source.TABLE || f.source() == Source.REPAIRED)) {
                out.merge(f.subjectCode(), f.amountWan(), BigDecimal::add);
            }
        }
        return out;
    }
}
