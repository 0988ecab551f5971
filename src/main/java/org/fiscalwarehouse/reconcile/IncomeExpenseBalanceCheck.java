package org.fiscalwarehouse.reconcile;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.fiscalwarehouse.parse.Source;
import org.fiscalwarehouse.parse.StatFigure;

/**
 * {@code T01.BALANCE.INCOME_SIDE} / {@code T01.BALANCE.EXPENSE_SIDE}: table 01 balances, 本年收入合计 + 使用非财政拨款结余
 * + 年初结转和结余 = 总计 = 本年支出合计 + 结余分配 + 年末结转和结余. The two optional rows are usually blank; a missing one
 * counts as zero.
 */
class IncomeExpenseBalanceCheck implements ReconciliationCheck {

    @Override
    public void check(Reconciliation r) {
        StatedFigures stated = StatedFigures.of(r);
        Optional<BigDecimal> total = tableValue(stated, "t01.grand_total");
        Optional<BigDecimal> income = tableValue(stated, "t01.income_total");
        Optional<BigDecimal> expense = tableValue(stated, "t01.expense_total");
        if (total.isEmpty()) {
            return;
        }
        if (income.isPresent()) {
            BigDecimal nonFiscal = tableValue(stated, "t01.non_fiscal_balance_used").orElse(BigDecimal.ZERO);
            BigDecimal begin = tableValue(stated, "t01.carryover_begin").orElse(BigDecimal.ZERO);
            r.record(CheckOutcome.sum("T01.BALANCE.INCOME_SIDE", "总计", total.get(),
                    List.of(income.get(), nonFiscal, begin),
                    List.of("本年收入合计", "使用非财政拨款结余", "年初结转和结余"), r.tolerance()));
        }
        if (expense.isPresent()) {
            BigDecimal distribution = tableValue(stated, "t01.surplus_distribution").orElse(BigDecimal.ZERO);
            BigDecimal end = tableValue(stated, "t01.carryover_end").orElse(BigDecimal.ZERO);
            r.record(CheckOutcome.sum("T01.BALANCE.EXPENSE_SIDE", "总计", total.get(),
                    List.of(expense.get(), distribution, end),
                    List.of("本年支出合计", "结余分配", "年末结转和结余"), r.tolerance()));
        }
    }

    /** The table's (or a repaired) figure: the narrative restating it is checked separately. */
    static Optional<BigDecimal> tableValue(StatedFigures stated, String metric) {
        return stated.stat(metric).filter(s -> s.source() == Source.TABLE || s.source() == Source.REPAIRED)
                .map(StatFigure::value);
    }
}
