package org.fiscalwarehouse.reconcile;

import org.fiscalwarehouse.parse.StatFigure;

/**
 * {@code NARRATIVE.ZERO_BASE_GROWTH}: a growth rate the narrative states on a zero base ({@code
 * change_pct_zero_base.<what>}: last year, this year − the stated change, is 0). From nothing to something the
 * rate is undefined, so "增长 0%" or "增长 100%" there is a finding (warning); nothing to nothing ("增长 0.00%" on an
 * unchanged 0) passes.
 */
class NarrativeZeroBaseGrowthCheck implements ReconciliationCheck {

    private static final String PREFIX = "change_pct_zero_base.";

    @Override
    public void check(Reconciliation r) {
        for (StatFigure rate : r.facts().stats()) {
            if (!rate.metric().startsWith(PREFIX) || rate.fiscalYear() != r.year()) {
                continue;
            }
            String what = rate.metric().substring(PREFIX.length());
            StatFigure change = r.facts().stats().stream()
                    .filter(s -> s.metric().equals(StatedChanges.CHANGE + what) && s.fiscalYear() == r.year())
                    .findFirst().orElse(null);
            boolean unchanged = change == null || change.value().signum() == 0;
            String stated = "增长 " + rate.value().toPlainString() + "%";
            r.record(CheckOutcome.finding("NARRATIVE.ZERO_BASE_GROWTH", what, unchanged, unchanged
                    ? stated + " on an unchanged 0"
                    : "the text states " + stated + " on a change of " + change.value().toPlainString()
                    + " from a last year of 0: growth from a zero base is undefined", CheckResult.WARNING));
        }
    }
}
