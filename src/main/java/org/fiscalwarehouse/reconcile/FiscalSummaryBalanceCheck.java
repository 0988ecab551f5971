package org.fiscalwarehouse.reconcile;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * {@code T04.BALANCE.INCOME_SIDE} / {@code T04.BALANCE.EXPENSE_SIDE}: table 04 (财政拨款收入支出决算总表) balances,
 * 本年收入合计 + 年初财政拨款结转和结余 = 总计 = 本年支出合计 + 年末财政拨款结转和结余.
 */
class FiscalSummaryBalanceCheck implements ReconciliationCheck {

    @Override
    public void check(Reconciliation r) {
        StatedFigures stated = StatedFigures.of(r);
        Optional<BigDecimal> total = IncomeExpenseBalanceCheck.tableValue(stated, "t04.fiscal_total");
        if (total.isEmpty()) {
            return;
        }
        side(r, stated, total.get(), "T04.BALANCE.INCOME_SIDE", "t04.income_total", "t04.carryover_begin");
        side(r, stated, total.get(), "T04.BALANCE.EXPENSE_SIDE", "t04.expense_total", "t04.carryover_end");
    }

    private static void side(Reconciliation r, StatedFigures stated, BigDecimal total, String code, String main,
                             String carryover) {
        Optional<BigDecimal> year = IncomeExpenseBalanceCheck.tableValue(stated, main);
        if (year.isEmpty()) {
            return;
        }
        BigDecimal carried = IncomeExpenseBalanceCheck.tableValue(stated, carryover).orElse(BigDecimal.ZERO);
        r.record(CheckOutcome.sum(code, "总计", total, List.of(year.get(), carried),
                List.of(MetricNames.of(main), MetricNames.of(carryover)), r.tolerance()));
    }
}
