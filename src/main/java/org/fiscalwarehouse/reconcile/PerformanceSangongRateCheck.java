package org.fiscalwarehouse.reconcile;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fiscalwarehouse.parse.PerformanceIndicator;
import org.fiscalwarehouse.parse.SangongFigure;

/**
 * {@code PERFORMANCE.SANGONG_RATE}: a self-evaluation indicator that reports the 三公 spending as a rate ("三公经费
 * 控制率 89.52") against the 三公 execution rate the document states (决算 ÷ 预算, the narrative's 完成全年预算的 X%, else
 * computed from the 三公 total). The forms do not define such a control rate, so a difference is a finding
 * (warning), not an error.
 */
class PerformanceSangongRateCheck implements ReconciliationCheck {

    private static final Pattern RATE = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*[%％]?");

    @Override
    public void check(Reconciliation r) {
        Optional<BigDecimal> executionRate = executionRate(r);
        if (executionRate.isEmpty()) {
            return;
        }
        for (PerformanceIndicator i : r.facts().indicators()) {
            String name = SubjectNames.squash(i.indicatorZh());
            if (!name.contains("三公") || !name.endsWith("率") || i.actualText() == null) {
                continue;
            }
            Matcher m = RATE.matcher(i.actualText().strip());
            if (!m.matches()) {
                continue;
            }
            BigDecimal printed = new BigDecimal(m.group(1));
            BigDecimal rate = executionRate.get();
            boolean ok = printed.compareTo(rate.setScale(Math.max(printed.scale(), 0), RoundingMode.HALF_UP)) == 0;
            r.record(new CheckResult("PERFORMANCE.SANGONG_RATE", ok ? CheckResult.INFO : CheckResult.WARNING,
                    ok ? CheckStatus.PASS : CheckStatus.FAIL, i.projectNameZh() + " " + i.indicatorZh(), rate, printed,
                    i.indicatorZh() + " " + printed.toPlainString() + (ok ? " = " : " vs ") + "the 三公 execution rate "
                            + rate.toPlainString() + "%" + (ok ? "" : ": the indicator's definition differs")));
        }
    }

    private static Optional<BigDecimal> executionRate(Reconciliation r) {
        StatedFigures stated = StatedFigures.of(r);
        Optional<BigDecimal> printed = stated.sangongAll("total", SangongFigure.FINAL).stream()
                .map(SangongFigure::statedRatePct).filter(p -> p != null).findFirst();
        if (printed.isPresent()) {
            return printed;
        }
        Optional<SangongFigure> spent = stated.sangong("total", SangongFigure.FINAL);
        Optional<SangongFigure> budget = stated.sangong("total", SangongFigure.BUDGET);
        if (spent.isEmpty() || budget.isEmpty() || budget.get().amountWan().signum() == 0) {
            return Optional.empty();
        }
        return Optional.of(spent.get().amountWan().multiply(BigDecimal.valueOf(100))
                .divide(budget.get().amountWan(), 2, RoundingMode.HALF_UP));
    }
}
