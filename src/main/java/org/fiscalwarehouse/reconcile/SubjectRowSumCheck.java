package org.fiscalwarehouse.reconcile;

import org.fiscalwarehouse.parse.Source;

/**
 * {@code <table>.ROW_SUM} (e.g. {@code T05.ROW_SUM}): in every subject table row, the 合计 row too, the total column is
 * the sum of the columns it totals (table 02: 财政拨款收入 + 上级补助收入 + … + 其他收入; tables 03/05: 基本支出 + 项目支出
 * + …). A row with a derived figure is not checked: that figure was computed from this very identity.
 */
class SubjectRowSumCheck implements ReconciliationCheck {

    @Override
    public void check(Reconciliation r) {
        for (SubjectTable table : SubjectTable.of(r.facts(), r.year())) {
            for (SubjectTable.Identity row : table.rowIdentities()) {
                boolean derived = row.cells().stream()
                        .anyMatch(c -> table.amount(c).map(f -> f.source() == Source.DERIVED).orElse(false));
                if (derived) {
                    continue;
                }
                r.record(CheckOutcome.sum(table.tableCode() + ".ROW_SUM", table.tableCode() + " "
                                + SubjectTable.name(row.total()), table.value(row.total()).orElseThrow(),
                        row.parts().stream().map(c -> table.value(c).orElseThrow()).toList(),
                        row.parts().stream().map(SubjectTable.Cell::measure).toList(), r.tolerance()));
            }
        }
    }
}
