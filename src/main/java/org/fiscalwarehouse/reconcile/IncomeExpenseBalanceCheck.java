package org.fiscalwarehouse.reconcile;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.fiscalwarehouse.parse.ParsedDocument;
import org.fiscalwarehouse.parse.ParsedFacts;
import org.fiscalwarehouse.parse.Source;
import org.fiscalwarehouse.parse.StatFigure;

/**
 * Table 01 balances: 本年收入合计 + 使用非财政拨款结余 + 年初结转和结余 = 总计 = 本年支出合计 + 结余分配 + 年末结转和结余.
 * The two optional rows are usually blank; a missing one counts as zero.
 */
public class IncomeExpenseBalanceCheck implements ReconciliationCheck {

    @Override
    public List<CheckResult> check(ParsedDocument document, ParsedFacts facts, Tolerance tolerance) {
        List<CheckResult> results = new ArrayList<>();
        Optional<BigDecimal> total = tableStat(facts, "t01.grand_total");
        Optional<BigDecimal> income = tableStat(facts, "t01.income_total");
        Optional<BigDecimal> expense = tableStat(facts, "t01.expense_total");
        if (total.isEmpty()) {
            return results;
        }
        if (income.isPresent()) {
            BigDecimal nonFiscal = tableStat(facts, "t01.non_fiscal_balance_used").orElse(BigDecimal.ZERO);
            BigDecimal begin = tableStat(facts, "t01.carryover_begin").orElse(BigDecimal.ZERO);
            results.add(CheckOutcome.sum("T01.BALANCE.INCOME_SIDE", "总计", total.get(),
                    List.of(income.get(), nonFiscal, begin),
                    List.of("本年收入合计", "使用非财政拨款结余", "年初结转和结余"), tolerance));
        }
        if (expense.isPresent()) {
            BigDecimal distribution = tableStat(facts, "t01.surplus_distribution").orElse(BigDecimal.ZERO);
            BigDecimal end = tableStat(facts, "t01.carryover_end").orElse(BigDecimal.ZERO);
            results.add(CheckOutcome.sum("T01.BALANCE.EXPENSE_SIDE", "总计", total.get(),
                    List.of(expense.get(), distribution, end),
                    List.of("本年支出合计", "结余分配", "年末结转和结余"), tolerance));
        }
        return results;
    }

    static Optional<BigDecimal> tableStat(ParsedFacts facts, String metric) {
        return facts.stats().stream()
                .filter(s -> s.metric().equals(metric) && s.source() == Source.TABLE)
                .map(StatFigure::value)
                .findFirst();
    }
}
