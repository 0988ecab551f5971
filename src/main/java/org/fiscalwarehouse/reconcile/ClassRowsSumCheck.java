package org.fiscalwarehouse.reconcile;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.fiscalwarehouse.parse.FuncAmount;
import org.fiscalwarehouse.parse.Source;

/**
 * {@code T01.EXPENSE_CLASSES_SUM} / {@code T04.EXPENSE_CLASSES_SUM}: the summary tables' expense side lists the
 * functional classes (一、一般公共服务支出 …); together they are the year's spending (本年支出合计).
 */
class ClassRowsSumCheck implements ReconciliationCheck {

    @Override
    public void check(Reconciliation r) {
        classes(r, "T01", "t01.expense_total");
        classes(r, "T04", "t04.expense_total");
    }

    private static void classes(Reconciliation r, String table, String totalMetric) {
        Optional<BigDecimal> total = IncomeExpenseBalanceCheck.tableValue(StatedFigures.of(r), totalMetric);
        List<FuncAmount> rows = r.facts().funcAmounts().stream()
                .filter(f -> f.tableCode().equals(table) && f.measure().equals("total")
                        && (f.source() == Source.TABLE || f.source() == Source.REPAIRED))
                .toList();
        if (total.isEmpty() || rows.isEmpty()) {
            return;
        }
        r.record(CheckOutcome.sum(table + ".EXPENSE_CLASSES_SUM", MetricNames.of(totalMetric), total.get(),
                rows.stream().map(FuncAmount::amountWan).toList(),
                rows.stream().map(FuncAmount::subjectCode).toList(), r.tolerance()));
    }
}
