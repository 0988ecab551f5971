package org.fiscalwarehouse.reconcile;

/**
 * {@code <table>.SUM.TOTAL} (合计 = Σ 类), {@code <table>.SUM.CLASS} (类 = Σ 款) and {@code <table>.SUM.SECTION}
 * (款 = Σ 项), in every column of every subject table. A row the print lost passes its rows up: Xiamen's table 03
 * has no 208 row, so its 合计 is checked against 20805 and the class 210.
 */
class SubjectHierarchyCheck implements ReconciliationCheck {

    @Override
    public void check(Reconciliation r) {
        for (SubjectTable table : SubjectTable.of(r.facts(), r.year())) {
            for (SubjectTable.Identity column : table.columnIdentities()) {
                String parent = column.total().code();
                String level = parent == null ? "TOTAL" : parent.length() == 3 ? "CLASS" : "SECTION";
                r.record(CheckOutcome.sum(table.tableCode() + ".SUM." + level,
                        table.tableCode() + " " + column.total().label(), table.value(column.total()).orElseThrow(),
                        column.parts().stream().map(c -> table.value(c).orElseThrow()).toList(),
                        column.parts().stream().map(SubjectTable::name).toList(), r.tolerance()));
            }
        }
    }
}
