package org.fiscalwarehouse.reconcile;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import org.fiscalwarehouse.parse.DocKind;
import org.fiscalwarehouse.parse.ParsedFacts;
import org.fiscalwarehouse.parse.SangongFigure;
import org.fiscalwarehouse.parse.Source;
import org.fiscalwarehouse.parse.StatFigure;

/**
 * A final account's 三公 budget that the text implies without printing it: spending ÷ the stated execution rate
 * (2.90 万元, 完成全年预算的 96.67% → 3.00; only for a rate that is not 0), or spending − the stated difference from
 * the budget ("0 万元，与全年预算数持平" → 0). Source DERIVED, under the document's year and phase budget.
 */
class SangongBudgetDerivation implements ReconciliationCheck {

    private static final List<String> CATEGORIES = List.of("total", "outbound", "vehicle_total", "vehicle_purchase",
            "vehicle_operation", "reception");

    @Override
    public void check(Reconciliation r) {
        if (r.identity().kind() != DocKind.FINAL) {
            return;
        }
        StatedFigures stated = StatedFigures.of(r);
        ParsedFacts derived = ParsedFacts.empty();
        for (String category : CATEGORIES) {
            if (!stated.sangongAll(category, SangongFigure.BUDGET).isEmpty()) {
                continue;
            }
            List<SangongFigure> finals = stated.sangongAll(category, SangongFigure.FINAL).stream()
                    .filter(f -> f.source() != Source.DERIVED).toList();
            Optional<SangongFigure> withRate = finals.stream()
                    .filter(f -> f.statedRatePct() != null && f.statedRatePct().signum() != 0).findFirst();
            Optional<StatFigure> gap = stated.stat("change_vs_budget.sangong." + category);
            if (withRate.isPresent()) {
                SangongFigure f = withRate.get();
                BigDecimal budget = f.amountWan().multiply(BigDecimal.valueOf(100))
                        .divide(f.statedRatePct(), 2, RoundingMode.HALF_UP);
                derived.sangong().add(new SangongFigure(f.fiscalYear(), category, SangongFigure.BUDGET, budget, null,
                        Source.DERIVED, Derivation.provenance(f.provenance(), "预算数 = " + f.amountWan().toPlainString()
                        + " ÷ " + f.statedRatePct().toPlainString() + "%")));
            } else if (gap.isPresent() && !finals.isEmpty()) {
                SangongFigure f = finals.stream().filter(x -> x.source() == gap.get().source()).findFirst()
                        .orElse(finals.get(0));
                BigDecimal budget = Derivation.wan(f.amountWan().subtract(gap.get().value()));
                derived.sangong().add(new SangongFigure(f.fiscalYear(), category, SangongFigure.BUDGET, budget, null,
                        Source.DERIVED, Derivation.provenance(gap.get().provenance(), "预算数 = "
                        + f.amountWan().toPlainString() + " − (" + gap.get().value().toPlainString() + ")")));
            }
        }
        if (!derived.sangong().isEmpty()) {
            r.derive(derived);
        }
    }
}
