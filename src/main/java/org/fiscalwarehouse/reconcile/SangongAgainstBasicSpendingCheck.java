package org.fiscalwarehouse.reconcile;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import org.fiscalwarehouse.parse.EconAmount;
import org.fiscalwarehouse.parse.SangongFigure;
import org.fiscalwarehouse.parse.Source;

/**
 * {@code CROSS.T06_SANGONG}: table 06's 三公 items (30212 因公出国（境）费用, 30217 公务接待费, 30231 公务用车运行维护费)
 * against the 三公 spending. Table 06 is general-budget basic spending only, the 三公 table also counts project
 * spending: equal passes; less is a difference of scope (warning, the rest is project spending); more cannot be
 * (error).
 */
class SangongAgainstBasicSpendingCheck implements ReconciliationCheck {

    private static final Map<String, String> CATEGORY_BY_CODE = Map.of(
            "30212", "outbound", "30217", "reception", "30231", "vehicle_operation");

    @Override
    public void check(Reconciliation r) {
        StatedFigures stated = StatedFigures.of(r);
        for (EconAmount e : r.facts().econAmounts()) {
            String category = CATEGORY_BY_CODE.get(e.econCode());
            if (category == null || !e.tableCode().equals("T06")
                    || (e.source() != Source.TABLE && e.source() != Source.REPAIRED)) {
                continue;
            }
            Optional<SangongFigure> sangong = stated.sangong(category, SangongFigure.FINAL);
            if (sangong.isEmpty()) {
                continue;
            }
            BigDecimal all = sangong.get().amountWan();
            BigDecimal basic = e.amountWan();
            String subject = e.econCode() + " " + category;
            String names = "T06 " + e.econCode() + " " + basic.toPlainString() + ", 三公 " + MetricNames.sangong(category)
                    + " " + all.toPlainString() + " (" + sangong.get().source().code() + ")";
            Tolerance t = r.tolerance();
            if (t.agrees(all, basic, 1)) {
                r.record(CheckOutcome.same("CROSS.T06_SANGONG", subject, "三公 " + MetricNames.sangong(category), all,
                        "T06 " + e.econCode(), basic, 1, t, CheckResult.WARNING));
            } else if (basic.compareTo(all) < 0) {
                r.record(new CheckResult("CROSS.T06_SANGONG", CheckResult.WARNING, CheckStatus.FAIL, subject, all, basic,
                        names + ": a difference of scope, the other " + all.subtract(basic).toPlainString()
                                + " is spent outside basic expenditure"));
            } else {
                r.record(new CheckResult("CROSS.T06_SANGONG", CheckResult.ERROR, CheckStatus.FAIL, subject, all, basic,
                        names + ": basic spending alone exceeds the whole 三公 figure"));
            }
        }
    }
}
