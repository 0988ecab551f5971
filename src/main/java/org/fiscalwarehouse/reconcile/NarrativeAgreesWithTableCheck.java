package org.fiscalwarehouse.reconcile;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import org.fiscalwarehouse.parse.FuncAmount;
import org.fiscalwarehouse.parse.SangongFigure;
import org.fiscalwarehouse.parse.Source;
import org.fiscalwarehouse.parse.StatFigure;

/**
 * Every figure the narrative restates agrees with the table that prints it (a repaired table value stands for the
 * table): {@code NARRATIVE.STAT} for totals (收入, 支出, 基本支出, 人员经费 …), {@code NARRATIVE.SUBJECT} for each 项
 * subject's general-budget spending (table 05 / B05; a subject the table does not list counts as 0 there),
 * {@code NARRATIVE.SANGONG} for each 三公 category and phase.
 */
class NarrativeAgreesWithTableCheck implements ReconciliationCheck {

    @Override
    public void check(Reconciliation r) {
        stats(r);
        subjects(r);
        sangong(r);
    }

    private static void stats(Reconciliation r) {
        for (StatFigure n : r.facts().stats()) {
            if (n.source() != Source.NARRATIVE || n.fiscalYear() != r.year() || n.metric().startsWith("change")) {
                continue;
            }
            Optional<StatFigure> table = r.facts().stats().stream()
                    .filter(s -> (s.source() == Source.TABLE || s.source() == Source.REPAIRED)
                            && s.fiscalYear() == n.fiscalYear() && s.metric().equals(n.metric())
                            && Objects.equals(s.item(), n.item()))
                    .min(Comparator.comparingInt(s -> StatedFigures.rank(s.source())));
            table.ifPresent(t -> r.record(CheckOutcome.same("NARRATIVE.STAT", n.metric(), t.source().code(),
                    t.value(), "narrative", n.value(), 1, r.tolerance(), CheckResult.ERROR)));
        }
    }

    private static void subjects(Reconciliation r) {
        StatedFigures stated = StatedFigures.of(r);
        for (FuncAmount n : r.facts().funcAmounts()) {
            if (n.source() != Source.NARRATIVE || !stated.hasTable(n.tableCode())) {
                continue;
            }
            Optional<FuncAmount> table = stated.func(n.tableCode(), n.subjectCode(), n.measure(), Source.REPAIRED)
                    .or(() -> stated.func(n.tableCode(), n.subjectCode(), n.measure(), Source.TABLE));
            BigDecimal tableValue = table.map(FuncAmount::amountWan).orElse(BigDecimal.ZERO);
            String tableName = table.map(t -> n.tableCode() + (t.source() == Source.REPAIRED ? " (repaired)" : ""))
                    .orElse(n.tableCode() + " (not listed)");
            r.record(CheckOutcome.same("NARRATIVE.SUBJECT", n.tableCode() + " " + n.subjectCode(), tableName,
                    tableValue, "narrative", n.amountWan(), 1, r.tolerance(), CheckResult.ERROR));
        }
    }

    private static void sangong(Reconciliation r) {
        StatedFigures stated = StatedFigures.of(r);
        for (SangongFigure n : r.facts().sangong()) {
            if (n.source() != Source.NARRATIVE || n.fiscalYear() != r.year()) {
                continue;
            }
            stated.sangongAll(n.category(), n.phase()).stream()
                    .filter(f -> f.source() == Source.TABLE || f.source() == Source.REPAIRED).findFirst()
                    .ifPresent(t -> r.record(CheckOutcome.same("NARRATIVE.SANGONG", n.category() + " " + n.phase(),
                            t.source().code(), t.amountWan(), "narrative", n.amountWan(), 1, r.tolerance(),
                            CheckResult.ERROR)));
        }
    }
}
