package org.fiscalwarehouse.reconcile;

import java.util.List;
import java.util.Optional;
import org.fiscalwarehouse.parse.Source;
import org.fiscalwarehouse.parse.StatFigure;

/**
 * {@code NARRATIVE.SUBJECT_CHANGES_SUM}: the changes the narrative itemises per subject ("较上年决算数增加 17.91 万元")
 * add up to the change it states for the general-budget spending as a whole. A gap is a finding (warning): the
 * narrative does not itemise subjects that had spending only last year.
 */
class SubjectChangesSumCheck implements ReconciliationCheck {

    @Override
    public void check(Reconciliation r) {
        check(r, "t05", "change.t05.gpb_total");
        check(r, "b05", "change.budget.gpb_total");
    }

    private static void check(Reconciliation r, String prefix, String totalMetric) {
        Optional<StatFigure> total = StatedFigures.of(r).stat(totalMetric, Source.NARRATIVE);
        List<StatFigure> items = r.facts().stats().stream()
                .filter(s -> s.fiscalYear() == r.year() && s.source() == Source.NARRATIVE
                        && s.metric().matches("change\\." + prefix + "\\.\\d+"))
                .toList();
        if (total.isEmpty() || items.isEmpty()) {
            return;
        }
        r.record(CheckOutcome.sum("NARRATIVE.SUBJECT_CHANGES_SUM", totalMetric, total.get().value(),
                items.stream().map(StatFigure::value).toList(),
                items.stream().map(s -> s.metric().substring(("change." + prefix + ".").length())).toList(),
                r.tolerance(), CheckResult.WARNING));
    }
}
