package org.fiscalwarehouse.reconcile;

import org.fiscalwarehouse.parse.ProjectPerformance;

/**
 * {@code PERFORMANCE.BUDGET_WITHDRAWN}: a project that had a 年初预算数 still has a 全年预算数. One whose budget was
 * taken back during the year (年初 > 0, 全年 = 0) is a finding (warning): its 执行率 and score mean nothing, and the
 * money went elsewhere (the table's 偏差 notes say where).
 */
class PerformanceBudgetWithdrawnCheck implements ReconciliationCheck {

    @Override
    public void check(Reconciliation r) {
        for (ProjectPerformance p : SelfEvaluations.of(r).projects()) {
            if (p.budgetInitialWan() == null || p.budgetFullYearWan() == null || p.budgetInitialWan().signum() <= 0) {
                continue;
            }
            boolean withdrawn = p.budgetFullYearWan().signum() == 0;
            r.record(new CheckResult("PERFORMANCE.BUDGET_WITHDRAWN", withdrawn ? CheckResult.WARNING : CheckResult.INFO,
                    withdrawn ? CheckStatus.FAIL : CheckStatus.PASS, p.projectNameZh(), p.budgetInitialWan(),
                    p.budgetFullYearWan(), withdrawn
                    ? "年初预算数 " + p.budgetInitialWan().toPlainString() + " but 全年预算数 0: the budget was withdrawn "
                    + "during the year (全年执行数 " + p.executedWan().toPlainString() + ")"
                    : "年初预算数 " + p.budgetInitialWan().toPlainString() + ", 全年预算数 "
                    + p.budgetFullYearWan().toPlainString()));
        }
    }
}
