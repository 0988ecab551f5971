package org.fiscalwarehouse.reconcile;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.fiscalwarehouse.parse.ParsedFacts;
import org.fiscalwarehouse.parse.Source;
import org.fiscalwarehouse.parse.StatFigure;

/**
 * A total and its parts of which the document states all but one (the fund centre's 2023 final prints
 * 一般公共预算财政拨款支出 2,213.78 and its 基本支出 1,221.32 but no 项目支出): the missing one is derived,
 * 2,213.78 − 1,221.32 = 992.46.
 */
class StatTermDerivation implements ReconciliationCheck {

    /** total = Σ parts. */
    record Identity(String total, List<String> parts) {
    }

    static final List<Identity> IDENTITIES = List.of(
            new Identity("t05.gpb_total", List.of("t05.gpb_basic", "t05.gpb_project")),
            new Identity("budget.gpb_total", List.of("budget.gpb_basic", "budget.gpb_project")),
            new Identity("budget.expense_total", List.of("budget.basic_total", "budget.project_total")));

    @Override
    public void check(Reconciliation r) {
        StatedFigures stated = StatedFigures.of(r);
        ParsedFacts derived = ParsedFacts.empty();
        for (Identity identity : IDENTITIES) {
            List<String> unknown = identity.parts().stream().filter(m -> !stated.knows(m)).toList();
            boolean totalKnown = stated.knows(identity.total());
            if (totalKnown && unknown.size() == 1) {
                Optional<BigDecimal> total = stated.value(identity.total());
                List<String> known = identity.parts().stream().filter(m -> !m.equals(unknown.get(0))).toList();
                if (total.isEmpty() || known.stream().anyMatch(m -> stated.value(m).isEmpty())) {
                    continue;
                }
                BigDecimal value = total.get();
                StringBuilder formula = new StringBuilder(total.get().toPlainString());
                for (String m : known) {
                    value = value.subtract(stated.value(m).orElseThrow());
                    formula.append(" − ").append(stated.value(m).orElseThrow().toPlainString());
                }
                add(r, derived, unknown.get(0), value, formula.toString());
            } else if (!totalKnown && unknown.isEmpty()) {
                BigDecimal value = identity.parts().stream().map(m -> stated.value(m).orElse(null))
                        .reduce(BigDecimal.ZERO, (a, b) -> a == null || b == null ? null : a.add(b));
                if (value != null) {
                    add(r, derived, identity.total(), value, String.join(" + ", identity.parts().stream()
                            .map(m -> stated.value(m).orElseThrow().toPlainString()).toList()));
                }
            }
        }
        if (!derived.stats().isEmpty()) {
            r.derive(derived);
        }
    }

    private static void add(Reconciliation r, ParsedFacts derived, String metric, BigDecimal value, String formula) {
        if (value.signum() < 0) {
            return;
        }
        derived.stats().add(new StatFigure(r.year(), metric, null, Derivation.wan(value), StatFigure.WAN_YUAN,
                Source.DERIVED, Derivation.provenance(MetricNames.of(metric) + " = " + formula)));
    }
}
