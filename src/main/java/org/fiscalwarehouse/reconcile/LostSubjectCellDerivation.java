package org.fiscalwarehouse.reconcile;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.fiscalwarehouse.parse.FuncAmount;
import org.fiscalwarehouse.parse.ParsedFacts;
import org.fiscalwarehouse.parse.Source;

/**
 * A subject row that lost exactly one of its figures (Xiamen 2023 T05 prints 21015's 小计 8,444.48 over its 基本支出
 * cell, whose own figure is printed nowhere) gets it from the row's identity: 基本 = 8,444.48 − 4,708.13 = 3,736.35.
 * Source DERIVED; the column identities check the result against the rows above and below.
 */
class LostSubjectCellDerivation implements ReconciliationCheck {

    @Override
    public void check(Reconciliation r) {
        ParsedFacts derived = ParsedFacts.empty();
        for (SubjectTable table : SubjectTable.of(r.facts(), r.year())) {
            List<String> parts = table.parts();
            if (!table.measures().contains(SubjectTable.TOTAL) || parts.isEmpty()) {
                continue;
            }
            List<String> columns = new ArrayList<>(parts);
            columns.add(SubjectTable.TOTAL);
            for (String code : table.codes()) {
                Map<String, FuncAmount> row = table.row(code);
                List<String> missing = columns.stream().filter(m -> !row.containsKey(m)).toList();
                if (missing.size() == 1) {
                    derive(row, missing.get(0), parts).ifPresent(derived.funcAmounts()::add);
                }
            }
        }
        if (!derived.funcAmounts().isEmpty()) {
            r.derive(derived);
        }
    }

    private static java.util.Optional<FuncAmount> derive(Map<String, FuncAmount> row, String missing,
                                                         List<String> parts) {
        FuncAmount any = row.values().iterator().next();
        BigDecimal value;
        String formula;
        if (missing.equals(SubjectTable.TOTAL)) {
            value = parts.stream().map(m -> row.get(m).amountWan()).reduce(BigDecimal.ZERO, BigDecimal::add);
            formula = String.join(" + ", parts.stream().map(m -> row.get(m).amountWan().toPlainString()).toList());
        } else {
            value = row.get(SubjectTable.TOTAL).amountWan();
            StringBuilder f = new StringBuilder(value.toPlainString());
            for (String m : parts) {
                if (!m.equals(missing)) {
                    value = value.subtract(row.get(m).amountWan());
                    f.append(" − ").append(row.get(m).amountWan().toPlainString());
                }
            }
            formula = f.toString();
        }
        if (value.signum() < 0) {
            return java.util.Optional.empty(); // the row's other figures are wrong, not lost: a check reports it
        }
        return java.util.Optional.of(new FuncAmount(any.tableCode(), any.subjectCode(), any.subjectNameZh(), missing,
                Derivation.wan(value), Source.DERIVED,
                Derivation.provenance(any.provenance(), missing + " = " + formula + " (figure not printed)")));
    }
}
