package org.fiscalwarehouse.reconcile;

import java.math.BigDecimal;
import java.util.Optional;
import org.fiscalwarehouse.parse.DocKind;
import org.fiscalwarehouse.parse.FuncAmount;
import org.fiscalwarehouse.parse.SangongFigure;
import org.fiscalwarehouse.parse.Source;
import org.fiscalwarehouse.parse.StatFigure;

/**
 * The figures the narrative states a change on last year for ({@code change.<what>}, {@code change_pct.<what>}):
 * what {@code <what>} names and the figure the change was stated after (the narrative's own figure first).
 */
final class StatedChanges {

    static final String CHANGE = "change.";
    static final String CHANGE_PCT = "change_pct.";

    private StatedChanges() {
    }

    /** The 三公 phase a document's changes compare: a final against last year's final, a budget against its budget. */
    static String phase(Reconciliation r) {
        return r.identity().kind() == DocKind.BUDGET ? SangongFigure.BUDGET : SangongFigure.FINAL;
    }

    /** Whether {@code what} names a subject of table 05 / B05 ("t05.2101501"). */
    static boolean isSubject(String what) {
        return what.matches("[tb]05\\.\\d+");
    }

    /** The figure this year that the change of {@code what} was stated after. */
    static Optional<BigDecimal> current(Reconciliation r, String what) {
        StatedFigures stated = StatedFigures.of(r);
        if (what.startsWith("sangong.")) {
            String category = what.substring("sangong.".length());
            String phase = phase(r);
            return stated.sangongAll(category, phase).stream().filter(f -> f.source() == Source.NARRATIVE)
                    .findFirst().or(() -> stated.sangong(category, phase)).map(SangongFigure::amountWan);
        }
        if (isSubject(what)) {
            String table = what.startsWith("b") ? "B05" : "T05";
            String code = what.substring(4);
            return stated.func(table, code, "total", Source.NARRATIVE)
                    .or(() -> stated.func(table, code, "total", Source.REPAIRED))
                    .or(() -> stated.func(table, code, "total", Source.TABLE)).map(FuncAmount::amountWan);
        }
        return stated.stat(what, Source.NARRATIVE).or(() -> stated.stat(what)).map(StatFigure::value);
    }
}
