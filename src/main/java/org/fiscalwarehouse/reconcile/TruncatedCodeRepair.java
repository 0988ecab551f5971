package org.fiscalwarehouse.reconcile;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.fiscalwarehouse.parse.FuncAmount;
import org.fiscalwarehouse.parse.ParsedFacts;
import org.fiscalwarehouse.parse.Source;

/**
 * {@code SUBJECT.CODE_TRUNCATED}: a subject code printed too short ("21" for the class 210) is recovered from the
 * rows under it: every longer code that begins with it shares one prefix of the next valid length, no row carries
 * that prefix already, and the row's total is the sum of the rows directly under that prefix.
 */
class TruncatedCodeRepair implements ReconciliationCheck {

    static final String CODE = "SUBJECT.CODE_TRUNCATED";

    @Override
    public void check(Reconciliation r) {
        for (SubjectTable table : SubjectTable.of(r.facts(), r.year())) {
            for (String printed : table.codes()) {
                if (printed.matches("\\d+") && !SubjectCodes.isValid(printed) && printed.length() < 7) {
                    recover(r, table, printed);
                }
            }
        }
    }

    private static void recover(Reconciliation r, SubjectTable table, String printed) {
        int length = printed.length() < 3 ? 3 : printed.length() < 5 ? 5 : 7;
        List<String> descendants = table.codes().stream()
                .filter(c -> SubjectCodes.isValid(c) && c.length() > length && c.startsWith(printed)).toList();
        Set<String> prefixes = descendants.stream().map(c -> c.substring(0, length)).collect(Collectors.toSet());
        if (prefixes.size() != 1 || table.codes().contains(prefixes.iterator().next())) {
            return;
        }
        String code = prefixes.iterator().next();
        List<String> children = descendants.stream()
                .filter(c -> SubjectCodes.nearestPresentAncestor(c, withCode(table, code)).orElse("").equals(code))
                .toList();
        String measure = table.measures().contains(SubjectTable.TOTAL) ? SubjectTable.TOTAL
                : table.measures().iterator().next();
        Optional<BigDecimal> own = table.value(new SubjectTable.Cell(printed, measure));
        BigDecimal sum = BigDecimal.ZERO;
        for (String c : children) {
            Optional<BigDecimal> v = table.value(new SubjectTable.Cell(c, measure));
            if (v.isEmpty()) {
                return;
            }
            sum = sum.add(v.get());
        }
        if (own.isEmpty() || children.isEmpty() || !r.tolerance().agrees(own.get(), sum, children.size())) {
            return;
        }
        ParsedFacts was = ParsedFacts.empty();
        ParsedFacts now = ParsedFacts.empty();
        for (FuncAmount f : table.row(printed).values()) {
            was.funcAmounts().add(f);
            // the provenance keeps the row label as printed, with the short code
            now.funcAmounts().add(new FuncAmount(f.tableCode(), code, f.subjectNameZh(), f.measure(), f.amountWan(),
                    Source.REPAIRED, f.provenance()));
        }
        r.repair(new CheckResult(CODE, CheckResult.INFO, CheckStatus.REPAIRED, table.tableCode() + " " + printed,
                own.get(), sum, "code printed \"" + printed + "\": the rows under it (" + String.join(", ", descendants)
                + ") all begin " + code + ", and " + String.join(" + ", children) + " = " + sum.toPlainString()
                + " is its " + measure + " " + own.get().toPlainString() + ": code " + code), was, now);
    }

    private static List<String> withCode(SubjectTable table, String code) {
        List<String> codes = new java.util.ArrayList<>(table.codes());
        codes.add(code);
        return codes;
    }
}
