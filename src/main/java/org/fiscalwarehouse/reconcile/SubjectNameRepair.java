package org.fiscalwarehouse.reconcile;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.fiscalwarehouse.parse.FuncAmount;
import org.fiscalwarehouse.parse.ParsedFacts;
import org.fiscalwarehouse.parse.Source;

/**
 * {@code SUBJECT.NAME_RECOVERED}: a subject row whose name the print lost or cut off ("财政对城乡居民基本医疗保险基金的补")
 * gets the full name the document prints for the same code elsewhere (another table or the narrative). The figures
 * are unchanged; the repaired rows carry the recovered name, the printed label stays in their provenance.
 */
class SubjectNameRepair implements ReconciliationCheck {

    static final String CODE = "SUBJECT.NAME_RECOVERED";

    @Override
    public void check(Reconciliation r) {
        List<FuncAmount> all = r.facts().funcAmounts();
        Map<String, List<FuncAmount>> byCode = all.stream().collect(Collectors.groupingBy(FuncAmount::subjectCode));
        for (SubjectTable table : SubjectTable.of(r.facts(), r.year())) {
            for (String code : table.codes()) {
                Map<String, FuncAmount> row = table.row(code);
                String printed = row.values().iterator().next().subjectNameZh();
                Optional<FuncAmount> fuller = byCode.getOrDefault(code, List.of()).stream()
                        .filter(f -> SubjectNames.isCutOf(printed, f.subjectNameZh()))
                        .max(Comparator.comparingInt(f -> SubjectNames.squash(f.subjectNameZh()).length()));
                fuller.ifPresent(f -> recover(r, table, code, row, printed, f));
            }
        }
    }

    private static void recover(Reconciliation r, SubjectTable table, String code, Map<String, FuncAmount> row,
                                String printed, FuncAmount fuller) {
        String name = SubjectNames.squash(fuller.subjectNameZh());
        ParsedFacts was = ParsedFacts.empty();
        ParsedFacts now = ParsedFacts.empty();
        for (FuncAmount f : row.values()) {
            was.funcAmounts().add(f);
            now.funcAmounts().add(new FuncAmount(f.tableCode(), f.subjectCode(), name, f.measure(), f.amountWan(),
                    Source.REPAIRED, f.provenance()));
        }
        String where = fuller.source() == Source.NARRATIVE ? "the narrative" : fuller.tableCode();
        r.repair(new CheckResult(CODE, CheckResult.INFO, CheckStatus.REPAIRED, table.tableCode() + " " + code, null,
                null, "name printed \"" + printed + "\", recovered \"" + name + "\" from " + where + " by its code "
                + code), was, now);
    }
}
