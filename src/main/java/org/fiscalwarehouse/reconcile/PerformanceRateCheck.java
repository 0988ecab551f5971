package org.fiscalwarehouse.reconcile;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;

/**
 * {@code PERFORMANCE.RATE}: each funding row's printed 执行率 is its 全年执行数 ÷ 全年预算数 × 100, within the rate's
 * printed precision (rows with a full-year budget of 0 have no rate to check).
 */
class PerformanceRateCheck implements ReconciliationCheck {

    @Override
    public void check(Reconciliation r) {
        for (FundingGrid grid : FundingGrid.of(r.facts())) {
            Map<FundingGrid.Cell, BigDecimal> values = grid.values();
            for (FundingGrid.ExecutionRate rate : grid.rates()) {
                boolean ok = rate.holds(values::get);
                BigDecimal computed = rate.computed(values::get).setScale(2, RoundingMode.HALF_UP);
                String subject = grid.project() + " " + grid.rowName(rate.executed().row());
                r.record(new CheckResult("PERFORMANCE.RATE", ok ? CheckResult.INFO : CheckResult.ERROR,
                        ok ? CheckStatus.PASS : CheckStatus.FAIL, subject, null, null,
                        values.get(rate.executed()).toPlainString() + " ÷ " + values.get(rate.budget()).toPlainString()
                                + " = " + computed.toPlainString() + "%; printed " + rate.statedPct().toPlainString()
                                + "%"));
            }
        }
    }
}
