package org.fiscalwarehouse.reconcile;

import java.math.BigDecimal;
import java.util.Map;

/**
 * {@code PERFORMANCE.FUNDING_SUM} (in each column the first row is the sum of the breakdown rows; a 小计 the sum of
 * its rows) and {@code PERFORMANCE.FUNDING_ROW} (年初 + 调整 = 调整后, on forms that print an adjustment) for each
 * self-evaluation's funding block.
 */
class FundingBreakdownCheck implements ReconciliationCheck {

    @Override
    public void check(Reconciliation r) {
        for (FundingGrid grid : FundingGrid.of(r.facts())) {
            Map<FundingGrid.Cell, BigDecimal> values = grid.values();
            for (MistypedFigureFinder.Sum<FundingGrid.Cell> sum : grid.identities(r.tolerance())) {
                boolean row = sum.parts().stream().allMatch(p -> p.row() == sum.total().row());
                r.record(CheckOutcome.sum(row ? "PERFORMANCE.FUNDING_ROW" : "PERFORMANCE.FUNDING_SUM",
                        grid.project() + " " + sum.describe(), values.get(sum.total()),
                        sum.parts().stream().map(values::get).toList(),
                        sum.parts().stream().map(p -> row ? p.column().nameZh : grid.rowName(p.row())).toList(),
                        r.tolerance()));
            }
        }
    }
}
