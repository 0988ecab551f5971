package org.fiscalwarehouse.reconcile;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import org.fiscalwarehouse.parse.StatFigure;

/**
 * {@code NARRATIVE.CHANGE_RATE}: a stated growth rate agrees with the stated change and figure ("增加 2.17 万元，增长
 * 119.89%" with 3.98 this year: 2.17 ÷ 1.81 = 119.89%), within the rate's printed precision and what the amounts'
 * rounding can move it. A rate from a zero base is not stated (the parser drops it), so not checked.
 */
class StatedChangeRateCheck implements ReconciliationCheck {

    @Override
    public void check(Reconciliation r) {
        StatedFigures stated = StatedFigures.of(r);
        for (StatFigure pct : r.facts().stats()) {
            if (pct.fiscalYear() != r.year() || !pct.metric().startsWith(StatedChanges.CHANGE_PCT)) {
                continue;
            }
            String what = pct.metric().substring(StatedChanges.CHANGE_PCT.length());
            Optional<StatFigure> change = stated.stat(StatedChanges.CHANGE + what);
            Optional<BigDecimal> current = StatedChanges.current(r, what);
            if (change.isEmpty() || current.isEmpty()) {
                continue;
            }
            BigDecimal c = change.get().value();
            BigDecimal prior = current.get().subtract(c);
            if (prior.signum() == 0) {
                continue;
            }
            // the change and this year's figure are rounded to 0.005 either way, last year's therefore to 0.01
            BigDecimal low = null;
            BigDecimal high = null;
            for (String dc : new String[] {"-0.005", "0.005"}) {
                for (String dp : new String[] {"-0.01", "0.01"}) {
                    BigDecimal rate = c.add(new BigDecimal(dc)).multiply(BigDecimal.valueOf(100))
                            .divide(prior.add(new BigDecimal(dp)), 6, RoundingMode.HALF_UP);
                    low = low == null || rate.compareTo(low) < 0 ? rate : low;
                    high = high == null || rate.compareTo(high) > 0 ? rate : high;
                }
            }
            BigDecimal unit = BigDecimal.ONE.movePointLeft(Math.max(0, pct.value().scale()))
                    .divide(BigDecimal.valueOf(2));
            boolean ok = pct.value().compareTo(low.subtract(unit)) >= 0 && pct.value().compareTo(high.add(unit)) <= 0;
            BigDecimal computed = c.multiply(BigDecimal.valueOf(100)).divide(prior, 2, RoundingMode.HALF_UP);
            r.record(new CheckResult("NARRATIVE.CHANGE_RATE", ok ? CheckResult.INFO : CheckResult.WARNING,
                    ok ? CheckStatus.PASS : CheckStatus.FAIL, what, null, null,
                    "change " + c.toPlainString() + " on last year's " + prior.toPlainString() + " is "
                            + computed.toPlainString() + "%; the text states " + pct.value().toPlainString() + "%"));
        }
    }
}
