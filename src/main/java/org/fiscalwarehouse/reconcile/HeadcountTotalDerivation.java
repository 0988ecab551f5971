package org.fiscalwarehouse.reconcile;

import java.math.BigDecimal;
import java.util.List;
import org.fiscalwarehouse.parse.ParsedFacts;
import org.fiscalwarehouse.parse.Source;
import org.fiscalwarehouse.parse.StatFigure;

/**
 * A department that lists its units' 在职人数 but prints no total (Xiamen 2023: 20 + 79 + 17): the total is their sum,
 * as the department's {@code headcount} without item.
 */
class HeadcountTotalDerivation implements ReconciliationCheck {

    @Override
    public void check(Reconciliation r) {
        List<StatFigure> headcounts = r.facts().stats().stream()
                .filter(s -> s.metric().equals("headcount") && s.fiscalYear() == r.year()).toList();
        List<StatFigure> units = headcounts.stream().filter(s -> s.item() != null).toList();
        if (units.size() < 2 || headcounts.stream().anyMatch(s -> s.item() == null)) {
            return;
        }
        BigDecimal total = units.stream().map(StatFigure::value).reduce(BigDecimal.ZERO, BigDecimal::add);
        String formula = String.join(" + ", units.stream().map(u -> u.value().toPlainString()).toList());
        ParsedFacts derived = ParsedFacts.empty();
        derived.stats().add(new StatFigure(r.year(), "headcount", null, total, units.get(0).valueUnit(),
                Source.DERIVED, Derivation.provenance(units.get(0).provenance(), "在职人数 = " + formula)));
        r.derive(derived);
    }
}
