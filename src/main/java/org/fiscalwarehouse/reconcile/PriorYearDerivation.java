package org.fiscalwarehouse.reconcile;

import java.math.BigDecimal;
import java.util.Optional;
import org.fiscalwarehouse.parse.DocKind;
import org.fiscalwarehouse.parse.FuncAmount;
import org.fiscalwarehouse.parse.ParsedFacts;
import org.fiscalwarehouse.parse.Provenance;
import org.fiscalwarehouse.parse.SangongFigure;
import org.fiscalwarehouse.parse.Source;
import org.fiscalwarehouse.parse.StatFigure;

/**
 * Last year's figures from the changes the narrative states ({@code change.<what>}: "3.98 万元 … 增加 2.17 万元" →
 * last year 1.81): 三公 by category (a final's against last year's final, a budget's against last year's budget),
 * each subject the narrative itemises ({@code t05.subject} / {@code budget.subject} with the code as item) and the
 * totals (收入, 支出, 总计 …, under their own metric). Each lands under the prior year with source DERIVED.
 */
class PriorYearDerivation implements ReconciliationCheck {

    private static final String CHANGE = "change.";

    @Override
    public void check(Reconciliation r) {
        StatedFigures stated = StatedFigures.of(r);
        StatedFigures priorStated = new StatedFigures(r.facts(), r.year() - 1);
        ParsedFacts derived = ParsedFacts.empty();
        for (StatFigure change : r.facts().stats()) {
            if (!change.metric().startsWith(CHANGE) || change.fiscalYear() != r.year()) {
                continue;
            }
            String what = change.metric().substring(CHANGE.length());
            if (what.startsWith("sangong.")) {
                sangong(r, stated, priorStated, change, what.substring("sangong.".length()), derived);
            } else if (what.matches("[tb]05\\.\\d+")) {
                subject(r, stated, change, what, derived);
            } else {
                stated.stat(what, Source.NARRATIVE).or(() -> stated.stat(what)).ifPresent(current -> {
                    if (priorStated.stat(what).isEmpty()) {
                        derived.stats().add(new StatFigure(r.year() - 1, what, null,
                                prior(current.value(), change.value()), current.valueUnit(), Source.DERIVED,
                                provenance(change, current.value())));
                    }
                });
            }
        }
        if (!derived.stats().isEmpty() || !derived.sangong().isEmpty()) {
            r.derive(derived);
        }
    }

    private static void sangong(Reconciliation r, StatedFigures stated, StatedFigures priorStated, StatFigure change,
                                String category, ParsedFacts derived) {
        String phase = r.identity().kind() == DocKind.BUDGET ? SangongFigure.BUDGET : SangongFigure.FINAL;
        if (priorStated.sangong(category, phase).isPresent()) {
            return;
        }
        Optional<SangongFigure> current = stated.sangongAll(category, phase).stream()
                .filter(f -> f.source() == Source.NARRATIVE).findFirst().or(() -> stated.sangong(category, phase));
        current.ifPresent(c -> derived.sangong().add(new SangongFigure(r.year() - 1, category, phase,
                prior(c.amountWan(), change.value()), null, Source.DERIVED, provenance(change, c.amountWan()))));
    }

    private static void subject(Reconciliation r, StatedFigures stated, StatFigure change, String what,
                                ParsedFacts derived) {
        String table = what.startsWith("b") ? "B05" : "T05";
        String code = what.substring(4);
        Optional<FuncAmount> current = stated.func(table, code, "total", Source.NARRATIVE)
                .or(() -> stated.func(table, code, "total", Source.REPAIRED))
                .or(() -> stated.func(table, code, "total", Source.TABLE));
        String metric = table.equals("B05") ? "budget.subject" : "t05.subject";
        current.ifPresent(c -> derived.stats().add(new StatFigure(r.year() - 1, metric, code,
                prior(c.amountWan(), change.value()), StatFigure.WAN_YUAN, Source.DERIVED,
                provenance(change, c.amountWan()))));
    }

    private static BigDecimal prior(BigDecimal current, BigDecimal change) {
        return Derivation.wan(current.subtract(change));
    }

    private static Provenance provenance(StatFigure change, BigDecimal current) {
        return Derivation.provenance(change.provenance(), "上年数 = " + current.toPlainString() + " − ("
                + change.value().toPlainString() + ")");
    }
}
