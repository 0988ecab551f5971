package org.fiscalwarehouse.reconcile;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.fiscalwarehouse.parse.EconAmount;
import org.fiscalwarehouse.parse.Source;
import org.fiscalwarehouse.parse.StatFigure;

/**
 * Table 06 (一般公共预算财政拨款基本支出 by 经济分类): {@code T06.SUM.CLASS} each class (301 工资福利支出 …) is the sum of
 * its items (30101 …); {@code T06.PERSONNEL_SUM} 人员经费合计 = 301 + 303; {@code T06.PUBLIC_SUM} 公用经费合计 = the other
 * classes (302, 307, 310 …). A total the table lost is taken from the narrative's restatement.
 */
class EconomicSubjectSumCheck implements ReconciliationCheck {

    private static final Set<String> PERSONNEL = Set.of("301", "303");

    @Override
    public void check(Reconciliation r) {
        for (String table : List.of("T06", "B06")) {
            Map<String, EconAmount> classes = new LinkedHashMap<>();
            Map<String, List<EconAmount>> items = new LinkedHashMap<>();
            for (EconAmount e : r.facts().econAmounts()) {
                if (!e.tableCode().equals(table) || e.source() == Source.NARRATIVE || e.source() == Source.DERIVED) {
                    continue;
                }
                if (e.econCode().length() == 3) {
                    classes.putIfAbsent(e.econCode(), e);
                } else if (e.econCode().length() == 5) {
                    items.computeIfAbsent(e.econCode().substring(0, 3), k -> new java.util.ArrayList<>()).add(e);
                }
            }
            if (classes.isEmpty()) {
                continue;
            }
            classes.forEach((code, cls) -> {
                List<EconAmount> under = items.getOrDefault(code, List.of());
                if (!under.isEmpty()) {
                    r.record(CheckOutcome.sum(table + ".SUM.CLASS", table + " " + code, cls.amountWan(),
                            under.stream().map(EconAmount::amountWan).toList(),
                            under.stream().map(EconAmount::econCode).toList(), r.tolerance()));
                }
            });
            boolean budget = table.startsWith("B");
            total(r, table + ".PERSONNEL_SUM", budget ? "budget.personnel" : "t06.personnel_total",
                    classes.entrySet().stream().filter(e -> PERSONNEL.contains(e.getKey())).map(Map.Entry::getValue)
                            .toList());
            total(r, table + ".PUBLIC_SUM", budget ? "budget.public" : "t06.public_total",
                    classes.entrySet().stream().filter(e -> !PERSONNEL.contains(e.getKey())).map(Map.Entry::getValue)
                            .toList());
        }
    }

    private static void total(Reconciliation r, String code, String metric, List<EconAmount> classes) {
        Optional<StatFigure> total = StatedFigures.of(r).stat(metric);
        if (total.isEmpty() || classes.isEmpty()) {
            return;
        }
        BigDecimal stated = total.get().value();
        r.record(CheckOutcome.sum(code, MetricNames.of(metric) + " (" + total.get().source().code() + ")", stated,
                classes.stream().map(EconAmount::amountWan).toList(),
                classes.stream().map(EconAmount::econCode).toList(), r.tolerance()));
    }
}
