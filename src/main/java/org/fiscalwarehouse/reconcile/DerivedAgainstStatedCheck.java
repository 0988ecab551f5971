package org.fiscalwarehouse.reconcile;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.fiscalwarehouse.parse.DocKind;
import org.fiscalwarehouse.parse.DocumentIdentity;
import org.fiscalwarehouse.parse.FuncAmount;
import org.fiscalwarehouse.parse.ParsedDocument;
import org.fiscalwarehouse.parse.SangongFigure;
import org.fiscalwarehouse.parse.Source;
import org.fiscalwarehouse.parse.StatFigure;

/**
 * {@code DERIVED.RESTATED}: when the run also loads the document of the year a derived figure is for (last year's
 * final account for a final's prior-year figures, last year's budget for a budget's, this year's budget for a 三公
 * budget implied by a final's execution rate), the derived value is compared with what that document states. A
 * difference is a restatement between the two documents: a finding (warning), not an error.
 */
class DerivedAgainstStatedCheck implements ReconciliationCheck {

    static final String CODE = "DERIVED.RESTATED";

    @Override
    public void check(Reconciliation r) {
        for (SangongFigure d : r.facts().sangong()) {
            if (d.source() != Source.DERIVED) {
                continue;
            }
            DocKind kind = d.phase().equals(SangongFigure.BUDGET) ? DocKind.BUDGET : DocKind.FINAL;
            if (d.fiscalYear() == r.year() && kind == r.identity().kind()) {
                continue;
            }
            target(r, d.fiscalYear(), kind).ifPresent(t -> new StatedFigures(t.facts(), d.fiscalYear())
                    .sangong(d.category(), d.phase())
                    .ifPresent(s -> compare(r, t, d.fiscalYear() + " " + d.category() + " " + d.phase(),
                            d.amountWan(), s.amountWan(), s.source())));
        }
        for (StatFigure d : r.facts().stats()) {
            if (d.source() != Source.DERIVED || d.fiscalYear() == r.year()) {
                continue;
            }
            target(r, d.fiscalYear(), r.identity().kind()).ifPresent(t -> stated(t, d)
                    .ifPresent(s -> compare(r, t, d.fiscalYear() + " " + d.metric()
                            + (d.item() == null ? "" : " " + d.item()), d.value(), s.value(), s.source())));
        }
    }

    /** A stated figure and where it was read. */
    private record Stated(BigDecimal value, Source source) {
    }

    private static Optional<Stated> stated(ReconciledDocument t, StatFigure d) {
        StatedFigures figures = new StatedFigures(t.facts(), d.fiscalYear());
        if (d.metric().equals("t05.subject") || d.metric().equals("budget.subject")) {
            String table = d.metric().startsWith("t05") ? "T05" : "B05";
            return figures.func(table, d.item(), "total", Source.REPAIRED)
                    .or(() -> figures.func(table, d.item(), "total", Source.TABLE))
                    .or(() -> figures.func(table, d.item(), "total", Source.NARRATIVE))
                    .map(f -> new Stated(f.amountWan(), f.source()));
        }
        return figures.stat(d.metric()).map(s -> new Stated(s.value(), s.source()));
    }

    /** The loaded document of the same unit and scope for that year and kind. */
    private static Optional<ReconciledDocument> target(Reconciliation r, int year, DocKind kind) {
        DocumentIdentity me = r.identity();
        return r.loaded().stream().filter(t -> {
            ParsedDocument p = t.document();
            DocumentIdentity id = p.identity();
            return id != null && !p.docId().equals(r.document().docId()) && id.fiscalYear() == year
                    && id.kind() == kind && Objects.equals(id.unitCode(), me.unitCode()) && id.scope() == me.scope();
        }).findFirst();
    }

    private static void compare(Reconciliation r, ReconciledDocument t, String subject, BigDecimal derived,
                                BigDecimal stated, Source source) {
        r.record(CheckOutcome.same(CODE, subject, t.document().docId() + " (" + source.code() + ")", stated,
                "derived here", derived, 2, r.tolerance(), CheckResult.WARNING));
    }
}
