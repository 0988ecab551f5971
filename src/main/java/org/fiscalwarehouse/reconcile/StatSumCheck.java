package org.fiscalwarehouse.reconcile;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.fiscalwarehouse.parse.StatFigure;

/**
 * One identity between stated totals, possibly across tables: {@code total = Σ parts} (one part: the two figures are
 * the same). Each figure is the best the document states (repaired, table, then narrative), so a table the print
 * lost is checked through the narrative's restatement. Not run when a figure is not stated.
 */
class StatSumCheck implements ReconciliationCheck {

    private final String code;
    private final String total;
    private final List<String> parts;

    StatSumCheck(String code, String total, String... parts) {
        this.code = code;
        this.total = total;
        this.parts = List.of(parts);
    }

    @Override
    public void check(Reconciliation r) {
        StatedFigures stated = StatedFigures.of(r);
        Optional<StatFigure> t = stated.stat(total);
        List<StatFigure> found = new ArrayList<>();
        for (String p : parts) {
            Optional<StatFigure> f = stated.stat(p);
            if (f.isEmpty()) {
                return;
            }
            found.add(f.get());
        }
        if (t.isEmpty()) {
            return;
        }
        List<BigDecimal> values = found.stream().map(StatFigure::value).toList();
        List<String> names = found.stream().map(StatSumCheck::name).toList();
        r.record(CheckOutcome.sum(code, name(t.get()), t.get().value(), values, names, r.tolerance()));
    }

    /** The figure's printed name and where it was read (table or narrative). */
    private static String name(StatFigure s) {
        return MetricNames.of(s.metric()) + " (" + s.source().code() + ")";
    }
}
