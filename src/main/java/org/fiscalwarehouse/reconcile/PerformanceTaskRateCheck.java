package org.fiscalwarehouse.reconcile;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import org.fiscalwarehouse.parse.PerformanceTaskFunding;

/**
 * {@code PERFORMANCE.TASK_RATE}: each 年度工作任务's printed 执行率 is its 实际支出规模 ÷ 调整后预算数 × 100, with the
 * allowance {@link PerformanceRateCheck} gives a funding row (half a unit of the rate's last printed decimal, widened
 * by what the amounts' own rounding can move it). A task row is checked as a one-row funding grid; tasks with a
 * budget of 0 or no printed rate have nothing to check.
 */
class PerformanceTaskRateCheck implements ReconciliationCheck {

    static final String CODE = "PERFORMANCE.TASK_RATE";
    private static final FundingGrid.Cell EXECUTED = new FundingGrid.Cell(0, FundingGrid.Column.EXECUTED);
    private static final FundingGrid.Cell BUDGET = new FundingGrid.Cell(0, FundingGrid.Column.FULL_YEAR);

    @Override
    public void check(Reconciliation r) {
        for (PerformanceTaskFunding t : r.facts().taskFunding()) {
            if (t.statedRatePct() == null || t.budgetWan() == null || t.executedWan() == null
                    || t.budgetWan().signum() == 0) {
                continue;
            }
            Map<FundingGrid.Cell, BigDecimal> values = Map.of(EXECUTED, t.executedWan(), BUDGET, t.budgetWan());
            FundingGrid.ExecutionRate rate = new FundingGrid.ExecutionRate(EXECUTED, BUDGET, t.statedRatePct(),
                    "task 执行率 " + t.statedRatePct().toPlainString() + "%");
            boolean ok = rate.holds(values::get);
            BigDecimal computed = rate.computed(values::get).setScale(2, RoundingMode.HALF_UP);
            String task = t.taskZh().isEmpty() ? "年度工作任务" : t.taskZh();
            r.record(new CheckResult(CODE, ok ? CheckResult.INFO : CheckResult.ERROR,
                    ok ? CheckStatus.PASS : CheckStatus.FAIL, t.projectNameZh() + " " + task, null, null,
                    "实际支出规模 " + t.executedWan().toPlainString() + " ÷ 调整后预算数 " + t.budgetWan().toPlainString()
                            + " = " + computed.toPlainString() + "%; printed " + t.statedRatePct().toPlainString()
                            + "%"));
        }
    }
}
