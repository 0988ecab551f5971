package org.fiscalwarehouse.reconcile;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.fiscalwarehouse.parse.FuncAmount;
import org.fiscalwarehouse.parse.Source;

/**
 * {@code SUBJECT.NAME_AGREES}: a subject code is called the same wherever the document prints it (Xiamen 2023 calls
 * 2101550 事业运行 in tables 02 and 05 and the narrative, but 专业运行 in table 03). A label difference is a finding
 * (warning), not a wrong figure; cut-off names and the narrative's added 支出 are not differences.
 */
class SubjectNameAgreementCheck implements ReconciliationCheck {

    static final String CODE = "SUBJECT.NAME_AGREES";

    @Override
    public void check(Reconciliation r) {
        Map<String, Map<String, List<String>>> namesByCode = new TreeMap<>();
        for (FuncAmount f : r.facts().funcAmounts()) {
            if (f.source() == Source.DERIVED || SubjectNames.squash(f.subjectNameZh()).isEmpty()) {
                continue;
            }
            String where = f.source() == Source.NARRATIVE ? "narrative" : f.tableCode();
            List<String> places = namesByCode.computeIfAbsent(f.subjectCode(), k -> new LinkedHashMap<>())
                    .computeIfAbsent(SubjectNames.squash(f.subjectNameZh()), k -> new ArrayList<>());
            if (!places.contains(where)) {
                places.add(where);
            }
        }
        namesByCode.forEach((code, names) -> {
            if (names.values().stream().mapToInt(List::size).sum() < 2) {
                return;
            }
            List<String> distinct = new ArrayList<>(names.keySet());
            List<String> conflicts = new ArrayList<>();
            for (int i = 0; i < distinct.size(); i++) {
                for (int j = i + 1; j < distinct.size(); j++) {
                    if (SubjectNames.conflict(distinct.get(i), distinct.get(j))) {
                        conflicts.add(distinct.get(i) + " (" + String.join(", ", names.get(distinct.get(i)))
                                + ") vs " + distinct.get(j) + " (" + String.join(", ", names.get(distinct.get(j))) + ")");
                    }
                }
            }
            r.record(CheckOutcome.finding(CODE, code, conflicts.isEmpty(), conflicts.isEmpty()
                    ? code + " is named alike wherever printed" : code + " is named " + String.join("; ", conflicts),
                    CheckResult.WARNING));
        });
    }
}
