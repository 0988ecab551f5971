package org.fiscalwarehouse.reconcile;

import java.math.BigDecimal;
import java.util.Optional;
import org.fiscalwarehouse.parse.ParsedFacts;
import org.fiscalwarehouse.parse.Provenance;
import org.fiscalwarehouse.parse.SangongFigure;
import org.fiscalwarehouse.parse.Source;
import org.fiscalwarehouse.parse.StatFigure;

/**
 * Last year's figures from the changes the narrative states ({@code change.<what>}: "3.98 万元 … 增加 2.17 万元" →
 * last year 1.81): 三公 by category (a final's against last year's final, a budget's against last year's budget),
 * each subject the narrative itemises ({@code t05.subject} / {@code budget.subject} with the code as item) and the
 * totals (收入, 支出, 总计 …, under their own metric). Each lands under the prior year with source DERIVED, unless the
 * document states that year's figure itself.
 */
class PriorYearDerivation implements ReconciliationCheck {

    private static final String SANGONG = "sangong.";

    @Override
    public void check(Reconciliation r) {
        StatedFigures lastYear = new StatedFigures(r.facts(), r.year() - 1);
        ParsedFacts derived = ParsedFacts.empty();
        for (StatFigure change : r.facts().stats()) {
            if (!change.metric().startsWith(StatedChanges.CHANGE) || change.fiscalYear() != r.year()) {
                continue;
            }
            String what = change.metric().substring(StatedChanges.CHANGE.length());
            Optional<BigDecimal> current = StatedChanges.current(r, what);
            if (current.isEmpty()) {
                continue;
            }
            BigDecimal prior = Derivation.wan(current.get().subtract(change.value()));
            Provenance how = Derivation.provenance(change.provenance(), "上年数 = " + current.get().toPlainString()
                    + " − (" + change.value().toPlainString() + ")");
            if (what.startsWith(SANGONG)) {
                String category = what.substring(SANGONG.length());
                String phase = StatedChanges.phase(r);
                if (lastYear.sangong(category, phase).isEmpty()) {
                    derived.sangong().add(new SangongFigure(r.year() - 1, category, phase, prior, null,
                            Source.DERIVED, how));
                }
            } else if (StatedChanges.isSubject(what)) {
                String metric = what.startsWith("b") ? "budget.subject" : "t05.subject";
                derived.stats().add(new StatFigure(r.year() - 1, metric, what.substring(4), prior,
                        StatFigure.WAN_YUAN, Source.DERIVED, how));
            } else if (lastYear.stat(what).isEmpty()) {
                derived.stats().add(new StatFigure(r.year() - 1, what, null, prior, StatFigure.WAN_YUAN,
                        Source.DERIVED, how));
            }
        }
        if (!derived.stats().isEmpty() || !derived.sangong().isEmpty()) {
            r.derive(derived);
        }
    }
}
