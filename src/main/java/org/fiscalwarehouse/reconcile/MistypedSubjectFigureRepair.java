package org.fiscalwarehouse.reconcile;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fiscalwarehouse.parse.FuncAmount;
import org.fiscalwarehouse.parse.ParsedFacts;
import org.fiscalwarehouse.parse.Source;

/**
 * {@code SUBJECT.FIGURE_MISTYPED}: one printed figure of a subject table that both its row and its column prove
 * wrong (Xiamen 2023 T02 2101501 prints 财政拨款收入 3,948.26 beside 合计 3,948.26 and 其他收入 2.00, and the 款 21015
 * column is 2.00 short: it is 3,946.26). See {@link MistypedFigureFinder} for when a figure counts as proven.
 */
class MistypedSubjectFigureRepair implements ReconciliationCheck {

    static final String CODE = "SUBJECT.FIGURE_MISTYPED";

    @Override
    public void check(Reconciliation r) {
        for (SubjectTable table : SubjectTable.of(r.facts(), r.year())) {
            Map<SubjectTable.Cell, BigDecimal> printed = new LinkedHashMap<>();
            List<MistypedFigureFinder.Sum<SubjectTable.Cell>> identities = new ArrayList<>();
            List<SubjectTable.Identity> all = new ArrayList<>(table.rowIdentities());
            all.addAll(table.columnIdentities());
            for (SubjectTable.Identity i : all) {
                i.cells().forEach(c -> printed.put(c, table.value(c).orElseThrow()));
                identities.add(new MistypedFigureFinder.Sum<>(i.total(), i.parts(), r.tolerance(),
                        (i.column() ? "column " : "row ") + SubjectTable.name(i.total()) + " " + i.total().measure()));
            }
            // only a printed subject figure can be mistyped: not the 合计 row (a stat), not a derived cell
            List<MistypedFigureFinder.Fix<SubjectTable.Cell>> fixes = MistypedFigureFinder.find(printed, identities,
                    c -> table.amount(c).map(f -> f.source() == Source.TABLE).orElse(false));
            for (MistypedFigureFinder.Fix<SubjectTable.Cell> fix : fixes) {
                FuncAmount f = table.amount(fix.cell()).orElseThrow();
                ParsedFacts was = ParsedFacts.empty();
                ParsedFacts now = ParsedFacts.empty();
                was.funcAmounts().add(f);
                now.funcAmounts().add(new FuncAmount(f.tableCode(), f.subjectCode(), f.subjectNameZh(), f.measure(),
                        fix.value(), Source.REPAIRED, f.provenance()));
                r.repair(CheckOutcome.repaired(CODE, table.tableCode() + " " + fix.cell().label(), fix.printed(),
                        fix.value(), why(fix)), was, now);
            }
        }
    }

    static String why(MistypedFigureFinder.Fix<?> fix) {
        List<String> identities = fix.failing().stream().map(MistypedFigureFinder.Constraint::describe).toList();
        return String.join(" and ", identities) + " both fail with the printed figure and hold with "
                + fix.value().toPlainString() + (fix.typingSlip() ? " (a typing slip of the printed figure)" : "");
    }
}
